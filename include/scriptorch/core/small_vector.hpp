// A vector that keeps up to N elements inline and moves to the heap only beyond that. Tensor
// sizes and strides live here so creating a tensor of ordinary rank allocates no extra memory.
#pragma once

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <memory>
#include <span>
#include <type_traits>

namespace scriptorch {

template <class T, std::size_t N>
class SmallVector {
  static_assert(std::is_trivially_copyable_v<T>, "SmallVector<T, N> holds trivially copyable T only");

 public:
  using value_type = T;
  using iterator = T*;
  using const_iterator = const T*;

  SmallVector() = default;
  SmallVector(std::size_t count, const T& value) { assign_fill(count, value); }
  SmallVector(std::initializer_list<T> values) { assign(values.begin(), values.end()); }
  explicit SmallVector(std::span<const T> values) { assign(values.begin(), values.end()); }
  template <class It>
  SmallVector(It first, It last) {
    assign(first, last);
  }
  SmallVector(const SmallVector& other) { assign(other.begin(), other.end()); }
  SmallVector(SmallVector&& other) noexcept { take(std::move(other)); }
  SmallVector& operator=(const SmallVector& other) {
    if (this != &other) assign(other.begin(), other.end());
    return *this;
  }
  SmallVector& operator=(SmallVector&& other) noexcept {
    if (this != &other) take(std::move(other));
    return *this;
  }

  T* data() noexcept { return heap_ ? heap_.get() : inline_; }
  const T* data() const noexcept { return heap_ ? heap_.get() : inline_; }
  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  T* begin() noexcept { return data(); }
  T* end() noexcept { return data() + size_; }
  const T* begin() const noexcept { return data(); }
  const T* end() const noexcept { return data() + size_; }
  T& operator[](std::size_t i) noexcept { return data()[i]; }
  const T& operator[](std::size_t i) const noexcept { return data()[i]; }
  T& back() noexcept { return data()[size_ - 1]; }
  const T& back() const noexcept { return data()[size_ - 1]; }
  operator std::span<const T>() const noexcept { return {data(), size_}; }  // NOLINT
  std::span<const T> span() const noexcept { return {data(), size_}; }

  void push_back(const T& value) {
    reserve(size_ + 1);
    data()[size_++] = value;
  }
  void pop_back() noexcept { --size_; }
  void clear() noexcept { size_ = 0; }
  void resize(std::size_t count, const T& value = T{}) {
    reserve(count);
    std::fill(data() + std::min(size_, count), data() + count, value);
    size_ = count;
  }
  iterator insert(const_iterator pos, const T& value) {
    const std::size_t index = static_cast<std::size_t>(pos - data());
    const T copy = value;
    reserve(size_ + 1);
    std::copy_backward(data() + index, data() + size_, data() + size_ + 1);
    data()[index] = copy;
    ++size_;
    return data() + index;
  }
  iterator erase(const_iterator pos) {
    const std::size_t index = static_cast<std::size_t>(pos - data());
    std::copy(data() + index + 1, data() + size_, data() + index);
    --size_;
    return data() + index;
  }
  void reserve(std::size_t wanted) {
    if (wanted <= capacity()) return;
    const std::size_t new_capacity = std::max(wanted, capacity() * 2);
    auto grown = std::make_unique_for_overwrite<T[]>(new_capacity);
    std::copy(begin(), end(), grown.get());
    heap_ = std::move(grown);
    heap_capacity_ = new_capacity;
  }
  std::size_t capacity() const noexcept { return heap_ ? heap_capacity_ : N; }

  friend bool operator==(const SmallVector& a, const SmallVector& b) noexcept {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }

 private:
  template <class It>
  void assign(It first, It last) {
    const auto count = static_cast<std::size_t>(std::distance(first, last));
    size_ = 0;
    reserve(count);
    std::copy(first, last, data());
    size_ = count;
  }
  void assign_fill(std::size_t count, const T& value) {
    reserve(count);
    std::fill(data(), data() + count, value);
    size_ = count;
  }
  void take(SmallVector&& other) noexcept {
    if (other.heap_) {
      heap_ = std::move(other.heap_);
      heap_capacity_ = other.heap_capacity_;
    } else {
      heap_.reset();
      std::copy(other.inline_, other.inline_ + other.size_, inline_);
    }
    size_ = other.size_;
    other.size_ = 0;
  }

  T inline_[N]{};
  std::unique_ptr<T[]> heap_;
  std::size_t heap_capacity_ = 0;
  std::size_t size_ = 0;
};

}  // namespace scriptorch
