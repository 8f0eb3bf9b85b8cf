// The Responses API's part of the compiled SDK (see cmake/sdk_src.cpp).
#define OPENAI_SRC_PART 2
#include <openai/src.hpp>
