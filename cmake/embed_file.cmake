# Turns a file into a C++ source holding its bytes, so the binary carries it
# (the built-in demo school). Run as: cmake -DINPUT=... -DOUTPUT=... -DSYMBOL=... -P
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR byte_count "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by cmake/embed_file.cmake; do not edit.\n"
  "#include <string_view>\n"
  "namespace hgw::embedded {\n"
  "namespace {\nconstexpr char kBytes[] = {${bytes} 0};\n}\n"
  "std::string_view ${SYMBOL}() { return {kBytes, ${byte_count}}; }\n"
  "}  // namespace hgw::embedded\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
