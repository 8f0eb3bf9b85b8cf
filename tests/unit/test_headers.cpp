// openai::headers: order, case-insensitive lookup, set/erase, and views into its own storage.
#include <openai/headers.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

TEST_CASE("headers keep insertion order, repeated names, and find names case-insensitively")
{
    openai::headers h{{"Content-Type", "application/json"}, {"X-Tag", "a"}};
    h.insert("x-tag", "b");
    REQUIRE(h.size() == 3);
    CHECK(h.find("content-type") == "application/json");
    CHECK(h.find("X-TAG") == "a");  // the first of the name
    CHECK_FALSE(h.find("missing"));
    CHECK(h.contains("x-Tag"));
    std::vector<std::string> seen;
    for (const auto& [name, value] : h)
        seen.push_back(std::string(name) + "=" + std::string(value));
    CHECK(seen == std::vector<std::string>{"Content-Type=application/json", "X-Tag=a", "x-tag=b"});
    auto it = h.begin();
    CHECK(it->first == "Content-Type");
    CHECK(it[2].second == "b");
    CHECK(h.end() - h.begin() == 3);
    CHECK(openai::headers{}.empty());
}

TEST_CASE("set replaces every field of the name; erase removes them; the rest keeps its order")
{
    openai::headers h{{"A", "1"}, {"B", "2"}, {"a", "3"}, {"C", "4"}};
    h.set("a", "5");
    REQUIRE(h.size() == 3);
    CHECK(h.find("A") == "5");
    CHECK((*h.begin()).first == "B");
    h.erase("b");
    REQUIRE(h.size() == 2);
    CHECK_FALSE(h.contains("B"));
    CHECK(h.begin()->first == "C");
    h.erase("not there");
    CHECK(h.size() == 2);
    h.set("new", "6");
    CHECK(h.find("NEW") == "6");
}

TEST_CASE("a value viewing the headers' own storage is copied before the storage grows")
{
    openai::headers h;
    h.insert("First", std::string(100, 'x'));
    for (int i = 0; i < 50; ++i)
        h.insert("Copy", *h.find("first"));  // each insert may move the buffer the view points into
    for (const auto& [name, value] : h)
        CHECK(value == std::string(100, 'x'));
    h.set("first", *h.find("copy"));
    CHECK(h.find("first") == std::string(100, 'x'));
    CHECK(h.size() == 51);
}

TEST_CASE("copies are independent")
{
    openai::headers a{{"K", "v"}};
    openai::headers b = a;
    b.set("K", "w");
    CHECK(a.find("k") == "v");
    CHECK(b.find("k") == "w");
    a.reserve(10, 1000);
    a.insert("L", "x");
    CHECK(a.size() == 2);
}
