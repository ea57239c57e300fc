// The one error hierarchy of scriptorch, and the single macro every throw goes through.
// With exceptions enabled SCRIPTORCH_THROW throws; under -fno-exceptions it hands the error to
// an installable handler whose default prints the message and aborts.
#pragma once

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <sstream>
#include <string>
#include <utility>

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
#define SCRIPTORCH_HAS_EXCEPTIONS 1
#else
#define SCRIPTORCH_HAS_EXCEPTIONS 0
#endif

namespace scriptorch {

// Every error kind, listed once: (class name, base class, short id printed in messages).
#define SCRIPTORCH_FORALL_ERROR_KINDS(_)                                   \
  _(ValueError, Error, "value_error")                                      \
  _(TypeError, Error, "type_error")                                        \
  _(IndexError, Error, "index_error")                                      \
  _(KeyError, Error, "key_error")                                          \
  _(NotImplementedError, Error, "not_implemented")                         \
  _(SerializationError, Error, "serialization_error")                      \
  _(RuntimeError, Error, "runtime_error")

/// Base of every error scriptorch reports. `what()` is the full message; `kind()` a stable id.
class Error : public std::exception {
 public:
  explicit Error(std::string message) : message_(std::move(message)) {}
  const char* what() const noexcept override { return message_.c_str(); }
  const std::string& message() const noexcept { return message_; }
  virtual const char* kind() const noexcept { return "error"; }

 private:
  std::string message_;
};

#define SCRIPTORCH_DECLARE_ERROR_KIND(Name, Base, id)                 \
  class Name : public Base {                                          \
   public:                                                            \
    using Base::Base;                                                 \
    const char* kind() const noexcept override { return id; }         \
  };
SCRIPTORCH_FORALL_ERROR_KINDS(SCRIPTORCH_DECLARE_ERROR_KIND)
#undef SCRIPTORCH_DECLARE_ERROR_KIND

/// Called with the error when the library is built without exceptions. It must not return;
/// if it does, scriptorch aborts.
using ErrorHandler = void (*)(const Error&);

namespace detail {
inline void default_error_handler(const Error& e) {
  std::fprintf(stderr, "scriptorch: %s: %s\n", e.kind(), e.what());
  std::fflush(stderr);
}
inline std::atomic<ErrorHandler>& error_handler_slot() {
  static std::atomic<ErrorHandler> slot{&default_error_handler};
  return slot;
}
}  // namespace detail

/// Installs the handler used when exceptions are disabled; returns the previous one.
/// Passing nullptr restores the default (print and abort).
inline ErrorHandler set_error_handler(ErrorHandler handler) noexcept {
  return detail::error_handler_slot().exchange(handler ? handler : &detail::default_error_handler);
}

namespace detail {

template <class... Parts>
std::string concat(const Parts&... parts) {
  if constexpr (sizeof...(Parts) == 0) {
    return {};
  } else {
    std::ostringstream out;
    (out << ... << parts);
    return out.str();
  }
}

template <class E>
[[noreturn]] void raise(E&& error) {
#if SCRIPTORCH_HAS_EXCEPTIONS
  throw std::forward<E>(error);
#else
  error_handler_slot().load()(error);
  std::abort();
#endif
}

}  // namespace detail
}  // namespace scriptorch

/// Raises `Kind` (a scriptorch error class) with the message formed by streaming the arguments.
#define SCRIPTORCH_THROW(Kind, ...) ::scriptorch::detail::raise(Kind(::scriptorch::detail::concat(__VA_ARGS__)))

/// Raises `Kind` with the message unless `cond` holds.
#define SCRIPTORCH_CHECK(cond, Kind, ...)       \
  do {                                          \
    if (!(cond)) [[unlikely]] {                 \
      SCRIPTORCH_THROW(Kind, __VA_ARGS__);      \
    }                                           \
  } while (false)
