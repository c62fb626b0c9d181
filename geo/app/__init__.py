"""What the Streamlit app shows and writes, without Streamlit.

:mod:`.data` prepares panels, passages, the reader, filters and tables;
:mod:`.files` reads and writes the app's files (uploads, overrides, exports,
the map snapshot).
"""
