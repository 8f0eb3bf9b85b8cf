// Separate compilation: this is the one translation unit that compiles the SDK's own code.
#include <openai/src.hpp>
