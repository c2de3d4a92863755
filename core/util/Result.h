#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace trainyard {

// What kind of failure an Error is: the command line maps Usage to exit status 2, the rest to 1;
// the desktop shows Usage and Invalid next to the field that caused them.
enum class ErrorKind { Usage, Invalid, NotFound, Conflict, Io, Engine, Unavailable, Unauthorized, Canceled };

struct Error {
    ErrorKind kind = ErrorKind::Engine;
    QString message; // says what is wrong and what is allowed
    QString field;   // the input that caused it, when there is one ("min_nodes")

    static Error usage(QString m, QString f = {}) { return {ErrorKind::Usage, std::move(m), std::move(f)}; }
    static Error invalid(QString m, QString f = {}) {
        return {ErrorKind::Invalid, std::move(m), std::move(f)};
    }
    static Error notFound(QString m) { return {ErrorKind::NotFound, std::move(m), {}}; }
    static Error conflict(QString m) { return {ErrorKind::Conflict, std::move(m), {}}; }
    static Error io(QString m) { return {ErrorKind::Io, std::move(m), {}}; }
    static Error engine(QString m) { return {ErrorKind::Engine, std::move(m), {}}; }
};

// A value or the Error that prevented it. Engines hand these back through QFuture, so it stays
// copyable and default-constructible (a default Result is an error that says nothing was set).
template <typename T> class Result {
public:
    Result()
        : m_error(Error::engine(QStringLiteral("no result"))) {}
    Result(T value)
        : m_value(std::move(value)) {}
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }
    const Error& error() const { return *m_error; }

private:
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

template <> class Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace trainyard
