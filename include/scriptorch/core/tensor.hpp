// Tensor: a typed, strided view (sizes, strides, storage offset) onto a shared Storage. Copies of
// a Tensor are handles to the same tensor, as in libtorch. This header holds the tensor's identity
// and metadata; views, copies and printing live in their own headers (see tensor_views.hpp).
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <type_traits>

#include "scriptorch/core/array_ref.hpp"
#include "scriptorch/core/device.hpp"
#include "scriptorch/core/error.hpp"
#include "scriptorch/core/intrusive_ptr.hpp"
#include "scriptorch/core/scalar_type.hpp"
#include "scriptorch/core/small_vector.hpp"
#include "scriptorch/core/storage.hpp"

namespace scriptorch {

using IntArrayRef = ArrayRef<std::int64_t>;
/// Sizes and strides: inline up to 6 dimensions.
using DimVector = SmallVector<std::int64_t, 6>;

/// dtype, device and requires_grad for factory functions, builder-style as in libtorch.
struct TensorOptions {
  ScalarType dtype_ = ScalarType::Float;
  Device device_ = kCPU;
  bool requires_grad_ = false;

  constexpr TensorOptions() = default;
  constexpr TensorOptions(ScalarType t) : dtype_(t) {}  // NOLINT: implicit, like libtorch
  constexpr TensorOptions dtype(ScalarType t) const noexcept {
    TensorOptions o = *this;
    o.dtype_ = t;
    return o;
  }
  constexpr TensorOptions device(Device d) const noexcept {
    TensorOptions o = *this;
    o.device_ = d;
    return o;
  }
  constexpr TensorOptions requires_grad(bool r) const noexcept {
    TensorOptions o = *this;
    o.requires_grad_ = r;
    return o;
  }
};

/// Wraps a possibly negative dimension index into [0, ndim), with PyTorch's error message.
inline std::int64_t maybe_wrap_dim(std::int64_t dim, std::int64_t ndim) {
  const std::int64_t rank = ndim <= 0 ? 1 : ndim;  // scalars accept dim 0 and -1, as PyTorch
  SCRIPTORCH_CHECK(dim >= -rank && dim < rank, IndexError, "Dimension out of range (expected to be in range of [",
                   -rank, ", ", rank - 1, "], but got ", dim, ")");
  return dim < 0 ? dim + rank : dim;
}

/// Row-major strides for `sizes` (a size-0 or size-1 dimension gets stride as if it were 1).
inline DimVector contiguous_strides(IntArrayRef sizes) {
  DimVector strides(sizes.size(), 1);
  std::int64_t running = 1;
  for (std::size_t i = sizes.size(); i-- > 0;) {
    strides[i] = running;
    running *= sizes[i] > 1 ? sizes[i] : 1;
  }
  return strides;
}

/// Product of sizes; throws if any is negative or the product overflows int64.
inline std::int64_t checked_numel(IntArrayRef sizes) {
  std::int64_t n = 1;
  for (const std::int64_t s : sizes) {
    SCRIPTORCH_CHECK(s >= 0, ValueError, "Trying to create tensor with negative dimension ", s);
    SCRIPTORCH_CHECK(!__builtin_mul_overflow(n, s, &n), ValueError, "Tensor of this shape has too many elements");
  }
  return n;
}

/// Bytes of storage, counted from element 0, that a strided tensor touches (0 if it is empty);
/// throws on negative strides or int64 overflow, so file-supplied metadata cannot wrap around.
inline std::int64_t required_storage_bytes(IntArrayRef sizes, IntArrayRef strides, std::int64_t storage_offset,
                                           std::size_t item_size) {
  SCRIPTORCH_CHECK(sizes.size() == strides.size(), ValueError, "sizes has ", sizes.size(),
                   " dimensions but strides has ", strides.size());
  SCRIPTORCH_CHECK(storage_offset >= 0, ValueError, "Tensor storage offset must be non-negative, got ",
                   storage_offset);
  std::int64_t last = storage_offset;  // index of the last element touched
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    SCRIPTORCH_CHECK(sizes[i] >= 0, ValueError, "Trying to create tensor with negative dimension ", sizes[i]);
    if (sizes[i] == 0) return 0;
  }
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    SCRIPTORCH_CHECK(strides[i] >= 0, ValueError, "Tensor strides must be non-negative, got ", strides[i]);
    std::int64_t span = 0;
    SCRIPTORCH_CHECK(!__builtin_mul_overflow(sizes[i] - 1, strides[i], &span) &&
                         !__builtin_add_overflow(last, span, &last),
                     ValueError, "Tensor of this shape and stride does not fit in memory");
  }
  std::int64_t bytes = 0;
  SCRIPTORCH_CHECK(!__builtin_mul_overflow(last + 1, static_cast<std::int64_t>(item_size), &bytes), ValueError,
                   "Tensor of this shape and stride does not fit in memory");
  return bytes;
}

class Tensor {
 public:
  /// An undefined tensor (as `at::Tensor()`); only defined() may be asked of it.
  Tensor() = default;

  /// A tensor viewing `storage` with the given metadata; throws if it would reach past the storage.
  static Tensor from_storage(Storage storage, ScalarType dtype, IntArrayRef sizes, IntArrayRef strides,
                             std::int64_t storage_offset = 0) {
    SCRIPTORCH_CHECK(is_valid(dtype), ValueError, "invalid dtype number ", static_cast<int>(dtype));
    const std::int64_t needed = required_storage_bytes(sizes, strides, storage_offset, scriptorch::element_size(dtype));
    SCRIPTORCH_CHECK(static_cast<std::uint64_t>(needed) <= storage.nbytes(), ValueError,
                     "setStorage: sizes and strides need ", needed, " bytes of storage but the storage has ",
                     storage.nbytes(), " bytes");
    auto impl = make_intrusive<Impl>();
    impl->storage = std::move(storage);
    impl->sizes = DimVector(sizes.begin(), sizes.end());
    impl->strides = DimVector(strides.begin(), strides.end());
    impl->storage_offset = storage_offset;
    impl->dtype = dtype;
    impl->numel = checked_numel(sizes);
    return Tensor(std::move(impl));
  }

  bool defined() const noexcept { return impl_ != nullptr; }
  ScalarType scalar_type() const noexcept { return impl_->dtype; }
  ScalarType dtype() const noexcept { return impl_->dtype; }
  Device device() const noexcept { return impl_->storage.device(); }
  TensorOptions options() const noexcept { return TensorOptions(dtype()).device(device()); }

  std::int64_t dim() const noexcept { return static_cast<std::int64_t>(impl_->sizes.size()); }
  IntArrayRef sizes() const noexcept { return impl_->sizes; }
  IntArrayRef strides() const noexcept { return impl_->strides; }
  std::int64_t size(std::int64_t d) const { return impl_->sizes[static_cast<std::size_t>(maybe_wrap_dim(d, dim()))]; }
  std::int64_t stride(std::int64_t d) const {
    return impl_->strides[static_cast<std::size_t>(maybe_wrap_dim(d, dim()))];
  }
  std::int64_t numel() const noexcept { return impl_->numel; }
  std::int64_t storage_offset() const noexcept { return impl_->storage_offset; }
  std::size_t element_size() const noexcept { return scriptorch::element_size(dtype()); }
  std::size_t nbytes() const noexcept { return static_cast<std::size_t>(numel()) * element_size(); }
  const Storage& storage() const noexcept { return impl_->storage; }

  /// Address of element 0 of this view.
  void* data_ptr() const noexcept {
    auto* base = static_cast<std::byte*>(impl_->storage.data());
    return base ? base + impl_->storage_offset * static_cast<std::int64_t>(element_size()) : nullptr;
  }
  /// Typed address of element 0; throws TypeError if T is not this tensor's element type.
  template <class T>
  T* data_ptr() const {
    check_dtype<T>();
    return static_cast<T*>(data_ptr());
  }
  template <class T>
  const T* const_data_ptr() const {
    return data_ptr<T>();
  }

  bool is_contiguous() const noexcept {
    std::int64_t expected = 1;
    for (std::int64_t i = dim(); i-- > 0;) {
      const auto s = impl_->sizes[static_cast<std::size_t>(i)];
      if (s == 0) return true;
      if (s != 1) {
        if (impl_->strides[static_cast<std::size_t>(i)] != expected) return false;
        expected *= s;
      }
    }
    return true;
  }

  bool requires_grad() const noexcept { return impl_->requires_grad; }
  /// Marks the tensor as a parameter that would need gradients in PyTorch (metadata only here).
  Tensor& set_requires_grad(bool value) noexcept {
    impl_->requires_grad = value;
    return *this;
  }

  /// True when both handles are the same tensor (not merely equal values).
  bool is_same(const Tensor& other) const noexcept { return impl_ == other.impl_; }
  /// True when both share one storage buffer.
  bool is_alias_of(const Tensor& other) const noexcept { return storage().is_alias_of(other.storage()); }
  std::uint32_t use_count() const noexcept { return impl_.use_count(); }

  template <class T>
  void check_dtype() const {
    SCRIPTORCH_CHECK(scalar_type_of<std::remove_cv_t<T>> == dtype(), TypeError, "expected scalar type ",
                     scalar_type_name(scalar_type_of<std::remove_cv_t<T>>), " but found ", scalar_type_name(dtype()));
  }

 private:
  struct Impl final : IntrusiveTarget {
    Storage storage;
    DimVector sizes;
    DimVector strides;
    std::int64_t storage_offset = 0;
    std::int64_t numel = 0;
    ScalarType dtype = ScalarType::Float;
    bool requires_grad = false;
  };
  explicit Tensor(IntrusivePtr<Impl> impl) : impl_(std::move(impl)) {}

  IntrusivePtr<Impl> impl_;
};

/// A contiguous tensor of uninitialised memory.
inline Tensor empty(IntArrayRef sizes, TensorOptions options = {}) {
  SCRIPTORCH_CHECK(options.device_.is_cpu(), NotImplementedError, "empty: only cpu tensors can be allocated, got ",
                   options.device_);
  const std::int64_t n = checked_numel(sizes);
  std::int64_t bytes = 0;
  SCRIPTORCH_CHECK(!__builtin_mul_overflow(n, static_cast<std::int64_t>(element_size(options.dtype_)), &bytes),
                   ValueError, "Tensor of this shape has too many bytes");
  Tensor t = Tensor::from_storage(Storage::allocate(static_cast<std::size_t>(bytes)), options.dtype_, sizes,
                                  contiguous_strides(sizes), 0);
  t.set_requires_grad(options.requires_grad_);
  return t;
}

/// A tensor viewing caller-owned memory without copying; `owner` keeps it alive (may be null,
/// then the caller guarantees the memory outlives every tensor that views it).
inline Tensor from_blob(void* data, IntArrayRef sizes, IntArrayRef strides, ScalarType dtype,
                        std::shared_ptr<const void> owner = nullptr) {
  const std::int64_t bytes = required_storage_bytes(sizes, strides, 0, element_size(dtype));
  return Tensor::from_storage(Storage::wrap(data, static_cast<std::size_t>(bytes), std::move(owner)), dtype, sizes,
                              strides, 0);
}
inline Tensor from_blob(void* data, IntArrayRef sizes, ScalarType dtype, std::shared_ptr<const void> owner = nullptr) {
  return from_blob(data, sizes, contiguous_strides(sizes), dtype, std::move(owner));
}

}  // namespace scriptorch
