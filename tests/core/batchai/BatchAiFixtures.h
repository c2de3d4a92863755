#pragma once

#include "tests/support/Fixtures.h"

#include <QDir>
#include <QString>
#include <QStringList>

namespace trainyard::test {

// The shared Batch AI fixtures (fixtures/batchai/README.md), found through $TRAINYARD_FIXTURES;
// tests that read them start with TRAINYARD_REQUIRE_FIXTURES("batchai").
inline QString batchAiFixtures() {
    return fixturesFolder(QStringLiteral("batchai"));
}

inline QString batchAiFixture(const QString& relative) {
    return batchAiFixtures() + u'/' + relative;
}

// Every JSON file of the folder, relative paths, sorted.
inline QStringList allBatchAiFixtures() {
    QStringList files;
    QDir root(batchAiFixtures());
    for (const QString& dir : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        for (const QString& f :
             QDir(root.filePath(dir)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files << dir + u'/' + f;
    return files;
}

// The secrets the fixtures hold in clear (README: redacted ones excepted). None may appear in
// anything the importer prints.
inline QStringList batchAiFixtureSecrets() {
    return {QStringLiteral("admin_user_password"), QStringLiteral("demoPassword"), QStringLiteral("Value 3"),
            QStringLiteral(
                "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000==")};
}

} // namespace trainyard::test
