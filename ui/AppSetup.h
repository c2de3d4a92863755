#pragma once

#include <QLocale>
#include <QString>

namespace trainyard::ui {

// What a program showing Trainyard's windows (trainyard, trainyard-tour) sets up first.

// Organisation, application and display names (window titles, QSettings) and the version.
void setApplicationIdentity();

// The language of the desktop app (and of trainyard-tour): `lang` is "de", "pl", "en" or empty
// for the system's. Installs Trainyard's own translations (embedded at :/i18n) and Qt's
// (qtbase_<lang>.qm from Qt's translations folder, Debian package qt6-translations-l10n: standard
// buttons such as Cancel, file dialogs, shortcut names), and makes the locale the default one,
// so numbers and dates follow it ("0,5" in German). Call once, after QApplication exists.
QLocale installLanguage(const QString& lang);

// `--lang X` or `--lang=X` from the command line, or empty. Read before QCommandLineParser runs,
// so that --help speaks the language too.
QString languageArgument(const QStringList& arguments);

} // namespace trainyard::ui
