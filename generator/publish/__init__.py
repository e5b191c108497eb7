"""The archive → the files of docs/, as {relative path: text}; no file I/O, no cache (`site`)."""
