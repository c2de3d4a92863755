#include "core/azureml/AzureResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace trainyard::azureml {

QJsonObject AzureResponse::json() const {
    return QJsonDocument::fromJson(body).object();
}

QString errorBodyMessage(const QByteArray& body) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue e = o.value(QLatin1String("error"));
        if (e.isObject()) {
            const QJsonObject err = e.toObject();
            QString text = err.value(QLatin1String("code")).toString();
            const QString message = err.value(QLatin1String("message")).toString();
            if (!message.isEmpty())
                text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + message;
            // ARM puts the field-level reason in details[] (the register_output recording).
            for (const QJsonValue& d : err.value(QLatin1String("details")).toArray()) {
                const QString m = d.toObject().value(QLatin1String("message")).toString();
                if (!m.isEmpty() && !text.contains(m))
                    text += QStringLiteral(" (") + m + u')';
            }
            return text;
        }
        if (e.isString()) { // OAuth 2.0 token endpoint
            const QString description = o.value(QLatin1String("error_description")).toString();
            return e.toString() + (description.isEmpty() ? QString() : QStringLiteral(": ") + description);
        }
        return {};
    }
    // Blob service errors are XML: <Error><Code>..</Code><Message>..</Message></Error>.
    static const QRegularExpression code(QStringLiteral("<Code>([^<]*)</Code>"));
    static const QRegularExpression message(QStringLiteral("<Message>([^<]*)</Message>"));
    const QString text = QString::fromUtf8(body);
    const auto c = code.match(text);
    if (!c.hasMatch())
        return {};
    const auto m = message.match(text);
    QString out = c.captured(1);
    if (m.hasMatch())
        out += QStringLiteral(": ") + m.captured(1).section(u'\n', 0, 0).trimmed();
    return out;
}

} // namespace trainyard::azureml
