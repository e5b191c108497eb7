"""The speed machinery above the product: the same archive and docs/, made faster (`run`)."""
