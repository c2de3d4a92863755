#include "core/engine/DatastoreArguments.h"

#include "core/util/PathConfinement.h"

#include <QDir>
#include <QRegularExpression>

namespace trainyard {

Result<QStringList> substituteDatastoreReferences(const QStringList& arguments, const QString& datastoreRoot,
                                                  const DatastoreResolver& resolve) {
    static const QRegularExpression reference(
        QStringLiteral("\\{datastore:([^}:]*)(?::(mount|download))?\\}"));
    QStringList out;
    for (const QString& argument : arguments) {
        QString result;
        qsizetype from = 0;
        // Matched left to right over the original text, so a replacement that itself looks like a
        // reference is never expanded again.
        for (auto it = reference.globalMatch(argument); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString relative = m.captured(1);
            auto source = confinedPath(datastoreRoot, relative, QStringLiteral("arguments"));
            if (!source)
                return Error{source.error().kind,
                             m.captured(0) + QStringLiteral(": ") + source.error().message,
                             QStringLiteral("arguments")};
            auto replaced = resolve(source.value(), QDir::cleanPath(relative),
                                    m.captured(2) == QLatin1String("download"));
            if (!replaced)
                return Error{replaced.error().kind,
                             m.captured(0) + QStringLiteral(": ") + replaced.error().message,
                             QStringLiteral("arguments")};
            result += argument.mid(from, m.capturedStart() - from) + replaced.value();
            from = m.capturedEnd();
        }
        out << result + argument.mid(from);
    }
    return out;
}

Result<QStringList> mountDatastoreReferences(const QStringList& arguments, const QString& datastoreRoot) {
    return substituteDatastoreReferences(
        arguments, datastoreRoot,
        [](const QString& source, const QString&, bool) { return Result<QString>(source); });
}

} // namespace trainyard
