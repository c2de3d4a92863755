#pragma once

#include "core/azureml/AzureRequest.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace trainyard::azureml {

// An ARM request of the engine: method, URL, what it does (for messages) and a JSON body.
inline AzureRequest::Spec spec(QByteArray method, QUrl url, QString what, const QJsonObject& body = {}) {
    AzureRequest::Spec s;
    s.method = std::move(method);
    s.url = std::move(url);
    s.what = std::move(what);
    if (!body.isEmpty())
        s.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return s;
}

} // namespace trainyard::azureml
