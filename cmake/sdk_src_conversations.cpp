// The Conversations API's part of the compiled SDK (see cmake/sdk_src.cpp).
#define OPENAI_SRC_PART 3
#include <openai/src.hpp>
