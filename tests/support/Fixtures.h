#pragma once

#include <QDir>
#include <QString>
#include <QTest>

namespace trainyard::test {

// The shared fixtures (Microsoft's published Azure ML examples and recordings, real Batch AI
// files; each folder's README.md says where they come from) are not part of the repository.
// ctest points $TRAINYARD_FIXTURES at them (CMake's TRAINYARD_FIXTURES_DIR, by default
// ../shared/fixtures beside the sources). A user's clone usually lacks them: the tests that need
// them skip, naming the folder. CI must have them, so with CI=true a missing folder fails.

inline QString fixturesFolder(const QString& sub) {
    return qEnvironmentVariable("TRAINYARD_FIXTURES") + u'/' + sub;
}

inline bool fixturesRequired() {
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

// Empty when FIXTURES/sub is there; otherwise the message that says which folder is missing.
inline QString missingFixtures(const QString& sub) {
    const QString folder = fixturesFolder(sub);
    if (QDir(folder).exists() && !qEnvironmentVariableIsEmpty("TRAINYARD_FIXTURES"))
        return {};
    return QStringLiteral("the fixtures folder %1 is absent (set TRAINYARD_FIXTURES, or configure with "
                          "-DTRAINYARD_FIXTURES_DIR=DIR)%2")
        .arg(QDir::cleanPath(folder),
             fixturesRequired() ? QStringLiteral("; CI=true requires it") : QString());
}

} // namespace trainyard::test

// At the top of a test function (or initTestCase, for the whole suite) that reads the fixtures
// folder `sub`: skips when it is absent, fails instead when CI=true.
#define TRAINYARD_REQUIRE_FIXTURES(sub)                                                                      \
    do {                                                                                                     \
        const QString missing_ = trainyard::test::missingFixtures(QStringLiteral(sub));                      \
        if (!missing_.isEmpty()) {                                                                           \
            if (trainyard::test::fixturesRequired())                                                         \
                QFAIL(qPrintable(missing_));                                                                 \
            QSKIP(qPrintable(missing_));                                                                     \
        }                                                                                                    \
    } while (false)
