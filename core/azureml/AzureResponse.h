#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

#include <optional>

namespace trainyard::azureml {

// What one HTTP exchange ended with, after retries. `error` is set when the caller should not
// use the body: transport failures, time-outs and HTTP >= 400 (with the ARM error as the message).
struct AzureResponse {
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QUrl url;
    QString clientRequestId; // x-ms-client-request-id we sent, quoted in errors
    int attempts = 0;
    std::optional<Error> error;

    bool ok() const { return !error.has_value(); }
    QByteArray header(const char* lowerName) const { return headers.value(QByteArray(lowerName)); }
    QJsonObject json() const;
};

// The message of an ARM/Entra/Storage error body: `{"error":{"code","message","details"}}`
// (docs/architecture.md "ARM operations"), OAuth's
// `{"error","error_description"}`, or the Blob service's XML <Code>/<Message>. Empty when none.
QString errorBodyMessage(const QByteArray& body);

} // namespace trainyard::azureml
