# Turns a text data file into a C++ include holding it as a raw string
# literal, so data tables live as readable files in data/ yet ship inside
# the binaries. Run as: cmake -DINPUT=file -DOUTPUT=x.inc -DSYMBOL=kName -P embed_text_file.cmake
file(READ "${INPUT}" content)
string(FIND "${content}" ")tsv\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the sequence )tsv\" which cannot be embedded")
endif()
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by embed_text_file.cmake; do not edit.\nstatic const char ${SYMBOL}[] = R\"tsv(${content})tsv\";\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
