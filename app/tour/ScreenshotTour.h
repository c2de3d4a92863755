#pragma once

#include <QString>

namespace trainyard::tour {

// `trainyard-tour DIR [--lang de]` (a separate program, not installed): builds a demo workspace in a
// temporary folder (two clusters, one resizing; 20 runs; one mid-run with logs and two metrics), drives the
// real window through it and saves PNGs of each screen to DIR with the language in the name: also the log
// search and the File → Import Batch AI dialog on a fixture from $TRAINYARD_FIXTURES (or
// ../shared/fixtures beside the sources; that picture is skipped when the file is absent).
// The language and Qt's translations must be installed before (ui/AppSetup.h).
// Returns the process exit code.
int runScreenshotTour(const QString& outputDir, const QString& lang);

} // namespace trainyard::tour
