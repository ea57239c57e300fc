// ArrayRef<T>: a non-owning view of contiguous elements, as c10::ArrayRef. Unlike std::span it
// binds to braced lists, so `t.view({2, 3})` works; it must not outlive what it views.
#pragma once

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <initializer_list>
#include <span>
#include <type_traits>
#include <vector>

namespace scriptorch {

template <class T>
class ArrayRef {
 public:
  using value_type = T;
  using iterator = const T*;
  using const_iterator = const T*;

  constexpr ArrayRef() noexcept = default;
  constexpr ArrayRef(const T& one) noexcept : data_(&one), size_(1) {}  // NOLINT: implicit, as c10
  constexpr ArrayRef(const T* data, std::size_t size) noexcept : data_(data), size_(size) {}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winit-list-lifetime"  // by design: the list outlives the call it is passed to
#endif
  constexpr ArrayRef(std::initializer_list<T> list) noexcept  // NOLINT
      : data_(list.begin() == list.end() ? nullptr : list.begin()), size_(list.size()) {}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
  template <class A>
  ArrayRef(const std::vector<T, A>& v) noexcept : data_(v.data()), size_(v.size()) {}  // NOLINT
  template <std::size_t E>
  constexpr ArrayRef(std::span<const T, E> s) noexcept : data_(s.data()), size_(s.size()) {}  // NOLINT
  template <std::size_t E>
  constexpr ArrayRef(std::span<T, E> s) noexcept : data_(s.data()), size_(s.size()) {}  // NOLINT
  template <std::size_t N>
  constexpr ArrayRef(const T (&array)[N]) noexcept : data_(array), size_(N) {}  // NOLINT
  /// Any contiguous container with data() and size() (SmallVector, std::array).
  template <class C>
    requires requires(const C& c) {
      { c.data() } -> std::convertible_to<const T*>;
      { c.size() } -> std::convertible_to<std::size_t>;
    } && (!std::is_same_v<C, ArrayRef>)
  constexpr ArrayRef(const C& c) noexcept : data_(c.data()), size_(c.size()) {}  // NOLINT

  constexpr const T* data() const noexcept { return data_; }
  constexpr std::size_t size() const noexcept { return size_; }
  constexpr bool empty() const noexcept { return size_ == 0; }
  constexpr const T* begin() const noexcept { return data_; }
  constexpr const T* end() const noexcept { return data_ + size_; }
  constexpr const T& operator[](std::size_t i) const noexcept { return data_[i]; }
  constexpr const T& front() const noexcept { return data_[0]; }
  constexpr const T& back() const noexcept { return data_[size_ - 1]; }
  constexpr ArrayRef slice(std::size_t start, std::size_t count) const noexcept { return {data_ + start, count}; }
  constexpr operator std::span<const T>() const noexcept { return {data_, size_}; }  // NOLINT
  std::vector<T> vec() const { return std::vector<T>(begin(), end()); }

  friend bool operator==(ArrayRef a, ArrayRef b) noexcept { return std::equal(a.begin(), a.end(), b.begin(), b.end()); }

 private:
  const T* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace scriptorch
