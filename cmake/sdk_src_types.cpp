// The JSON readers and writers of the generated types, the largest part of the compiled SDK
// (see cmake/sdk_src.cpp).
#define OPENAI_SRC_PART 4
#include <openai/src.hpp>
