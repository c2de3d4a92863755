#include "core/engine/EnvironmentStore.h"

#include "core/util/JsonFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace trainyard {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(EnvironmentStore)
};

// Whole numbers compare as numbers ("10" after "9"), anything else after them as text.
bool versionLess(const QString& a, const QString& b) {
    bool aNumber = false, bNumber = false;
    const qlonglong x = a.toLongLong(&aNumber), y = b.toLongLong(&bNumber);
    if (aNumber && bNumber)
        return x < y;
    if (aNumber != bNumber)
        return aNumber;
    return a < b;
}

constexpr qint64 kMostFileBytes = 1024 * 1024; // a requirements file, not a wheel
} // namespace

Status readEnvironmentFile(EnvironmentSpec& spec) {
    if (!spec.needsBuild() || !spec.content.isEmpty())
        return {};
    const QFileInfo info(spec.location);
    QFile file(spec.location);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return Error::invalid(Tr::tr("The %1 file '%2' does not exist or cannot be read.")
                                  .arg(toString(spec.source), spec.location),
                              toString(spec.source));
    if (info.size() > kMostFileBytes)
        return Error::invalid(Tr::tr("The %1 file '%2' is %3 bytes: at most %4 are allowed.")
                                  .arg(toString(spec.source), spec.location)
                                  .arg(info.size())
                                  .arg(kMostFileBytes),
                              toString(spec.source));
    spec.content = QString::fromUtf8(file.readAll());
    spec.sourceDir = info.absolutePath();
    spec.location.clear();
    return {};
}

EnvironmentStore::EnvironmentStore(QString root)
    : m_root(std::move(root)) {}

QList<EnvironmentSpec> EnvironmentStore::versions(const QString& name) const {
    QList<EnvironmentSpec> found;
    const QDir dir(m_root + u'/' + name);
    for (const QString& file : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        if (auto json = readJsonObjectFile(dir.filePath(file)))
            found << environmentSpecFromJson(json.value());
    }
    std::sort(found.begin(), found.end(), [](const EnvironmentSpec& a, const EnvironmentSpec& b) {
        return versionLess(a.version, b.version);
    });
    return found;
}

Result<EnvironmentSpec> EnvironmentStore::create(EnvironmentSpec spec) const {
    if (auto s = readEnvironmentFile(spec); !s)
        return s.error();
    if (auto s = validateEnvironmentSpec(spec); !s)
        return s.error();
    const QList<EnvironmentSpec> existing = versions(spec.name);
    if (spec.version.isEmpty()) {
        qlonglong next = 1;
        for (const EnvironmentSpec& e : existing)
            next = qMax(next, e.version.toLongLong() + 1);
        spec.version = QString::number(next);
    }
    const QString path = m_root + u'/' + spec.name + u'/' + spec.version + QStringLiteral(".json");
    if (QFileInfo::exists(path))
        return Error::conflict(Tr::tr("Environment %1 exists already: versions never change; give another "
                                      "--version or leave it out for the next one.")
                                   .arg(spec.reference()));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::io(Tr::tr("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath()));
    spec.createdAt = QDateTime::currentDateTimeUtc();
    if (auto s = writeJsonFileAtomically(path, toJson(spec)); !s)
        return s.error();
    return spec;
}

Result<EnvironmentSpec> EnvironmentStore::get(const EnvironmentReference& ref) const {
    const QList<EnvironmentSpec> all = versions(ref.name);
    if (all.isEmpty())
        return Error::notFound(
            Tr::tr("No environment named '%1' in this workspace (yard environment list shows "
                   "them).")
                .arg(ref.name));
    if (ref.version.isEmpty())
        return all.last();
    for (const EnvironmentSpec& e : all) {
        if (e.version == ref.version)
            return e;
    }
    QStringList known;
    for (const EnvironmentSpec& e : all)
        known << e.version;
    return Error::notFound(Tr::tr("Environment '%1' has no version %2 (it has %3).")
                               .arg(ref.name, ref.version, known.join(QStringLiteral(", "))));
}

Result<EnvironmentSpec> EnvironmentStore::get(const QString& reference) const {
    auto ref = parseEnvironmentReference(reference);
    if (!ref)
        return ref.error();
    return get(ref.value());
}

QList<EnvironmentSpec> EnvironmentStore::list() const {
    QList<EnvironmentSpec> all;
    for (const QString& name : QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (validateEnvironmentName(name))
            all << versions(name);
    }
    return all;
}

} // namespace trainyard
