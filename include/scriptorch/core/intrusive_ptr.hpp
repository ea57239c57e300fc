// IntrusivePtr<T>: a reference-counted pointer whose count lives in the object (T derives from
// IntrusiveTarget). One word wide, so Tensor and IValue handles stay small (IValue is 16 bytes)
// and copying one costs a single atomic increment.
#pragma once

#include <atomic>
#include <cstdint>
#include <type_traits>
#include <utility>

namespace scriptorch {

/// Base for objects owned by IntrusivePtr. The count starts at zero; make_intrusive takes the
/// first reference.
class IntrusiveTarget {
 public:
  IntrusiveTarget() = default;
  IntrusiveTarget(const IntrusiveTarget&) noexcept {}  // a copy is a new object with its own count
  IntrusiveTarget& operator=(const IntrusiveTarget&) noexcept { return *this; }
  virtual ~IntrusiveTarget() = default;

  std::uint32_t use_count() const noexcept { return refcount_.load(std::memory_order_acquire); }

 private:
  template <class T>
  friend class IntrusivePtr;
  void retain() const noexcept { refcount_.fetch_add(1, std::memory_order_relaxed); }
  /// True when this was the last reference.
  bool release() const noexcept { return refcount_.fetch_sub(1, std::memory_order_acq_rel) == 1; }

  mutable std::atomic<std::uint32_t> refcount_{0};
};

template <class T>
class IntrusivePtr {
 public:
  constexpr IntrusivePtr() noexcept = default;
  constexpr IntrusivePtr(std::nullptr_t) noexcept {}  // NOLINT
  /// Takes a (new) reference to `target`, which must derive from IntrusiveTarget.
  explicit IntrusivePtr(T* target) noexcept : target_(target) {
    if (target_) target_->retain();
  }
  IntrusivePtr(const IntrusivePtr& other) noexcept : IntrusivePtr(other.target_) {}
  IntrusivePtr(IntrusivePtr&& other) noexcept : target_(std::exchange(other.target_, nullptr)) {}
  template <class U>
    requires std::is_convertible_v<U*, T*>
  IntrusivePtr(const IntrusivePtr<U>& other) noexcept : IntrusivePtr(other.get()) {}  // NOLINT
  template <class U>
    requires std::is_convertible_v<U*, T*>
  IntrusivePtr(IntrusivePtr<U>&& other) noexcept : target_(other.release()) {}  // NOLINT
  ~IntrusivePtr() { reset(); }

  IntrusivePtr& operator=(IntrusivePtr other) noexcept {
    std::swap(target_, other.target_);
    return *this;
  }

  void reset() noexcept {
    if (target_ && target_->release()) delete target_;
    target_ = nullptr;
  }
  /// Gives up ownership without dropping the reference (the caller now holds it).
  T* release() noexcept { return std::exchange(target_, nullptr); }

  T* get() const noexcept { return target_; }
  T& operator*() const noexcept { return *target_; }
  T* operator->() const noexcept { return target_; }
  explicit operator bool() const noexcept { return target_ != nullptr; }
  std::uint32_t use_count() const noexcept { return target_ ? target_->use_count() : 0; }

  friend bool operator==(const IntrusivePtr& a, const IntrusivePtr& b) noexcept { return a.target_ == b.target_; }
  friend bool operator==(const IntrusivePtr& a, std::nullptr_t) noexcept { return a.target_ == nullptr; }

 private:
  T* target_ = nullptr;
};

template <class T, class... Args>
IntrusivePtr<T> make_intrusive(Args&&... args) {
  return IntrusivePtr<T>(new T(std::forward<Args>(args)...));
}

/// Casts between IntrusivePtrs of related types (the caller knows the dynamic type).
template <class To, class From>
IntrusivePtr<To> static_intrusive_cast(const IntrusivePtr<From>& from) noexcept {
  return IntrusivePtr<To>(static_cast<To*>(from.get()));
}

}  // namespace scriptorch
