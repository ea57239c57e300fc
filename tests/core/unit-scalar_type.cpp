// Promotion lattice and dtype names, checked against torch.promote_types.
#include <catch2/catch.hpp>

#include "scriptorch/core/scalar_type.hpp"
#include "test_support.hpp"

using namespace scriptorch;

TEST_CASE("promote_types matches torch.promote_types for every pair") {
  const auto lines = test::read_fixture_lines("promote_types.txt");
  REQUIRE(lines.size() == 100);
  for (const auto& line : lines) {
    const auto fields = test::split(line, ' ');
    REQUIRE(fields.size() == 3);
    const auto a = parse_dtype(fields[0]);
    const auto b = parse_dtype(fields[1]);
    const auto expected = parse_dtype(fields[2]);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(expected);
    INFO(line);
    CHECK(promote_types(*a, *b) == *expected);
  }
}

TEST_CASE("dtype names and numbers are PyTorch's") {
  CHECK(dtype_name(ScalarType::Float) == "float32");
  CHECK(static_cast<int>(ScalarType::BFloat16) == 15);
  CHECK(scalar_type_from_number(6) == ScalarType::Float);
  CHECK_FALSE(scalar_type_from_number(9).has_value());
  CHECK_FALSE(scalar_type_from_number(-1).has_value());
  CHECK(parse_dtype("torch.long") == ScalarType::Long);
  CHECK_FALSE(parse_dtype("complex64").has_value());
}
