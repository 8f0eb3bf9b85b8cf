// Workload E: a file that includes <openai/openai.hpp> and calls nothing, so that the cost of every
// public header shows up in one row, whatever the user's file calls.
#include <openai/openai.hpp>
