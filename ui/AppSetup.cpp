#include "ui/AppSetup.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QStringList>
#include <QTranslator>

namespace trainyard::ui {

namespace {
Q_LOGGING_CATEGORY(lcLanguage, "trainyard.ui.language", QtWarningMsg)

bool install(const QLocale& locale, const QString& name, const QString& folder) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), folder) &&
        QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}
} // namespace

void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Trainyard"));
    QCoreApplication::setApplicationName(QStringLiteral("trainyard"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Trainyard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRAINYARD_VERSION));
}

QLocale installLanguage(const QString& lang) {
    const QLocale locale = lang.isEmpty() ? QLocale() : QLocale(lang);
    if (!lang.isEmpty())
        QLocale::setDefault(locale);
    // English needs nothing: it is the language of the source strings.
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (!install(locale, QStringLiteral("trainyard"), QStringLiteral(":/i18n")) && !english)
        qCDebug(lcLanguage) << "no Trainyard translation for" << locale.name();
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!install(locale, QStringLiteral("qtbase"), qtFolder) && !english)
        qCWarning(lcLanguage).noquote()
            << "Qt's own strings stay English: no qtbase translation for" << locale.name() << "in" << qtFolder
            << "(Debian: qt6-translations-l10n)";
    return locale;
}

QString languageArgument(const QStringList& arguments) {
    QString lang;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            lang = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--lang=")))
            lang = arguments[i].mid(7);
    }
    return lang;
}

} // namespace trainyard::ui
