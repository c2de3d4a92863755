#pragma once

#include "core/model/Environment.h"

#include <QIODevice>
#include <QString>

namespace trainyard {

// Builds a pip or conda environment once into a cache folder keyed by its content
// (environmentHash), for engines that run processes themselves (local; Slurm writes the same
// steps into its job script). A build holds <cache>/<hash>.lock, so runs with the same spec
// wait for one build instead of building twice; the folder counts only once its ready marker is
// written, so a build that failed or was killed half-way is started over, never used.
//   pip:   <base python> -m venv --system-site-packages <dir>; <dir>/bin/python -m pip install -r
//          (pip reads pip.conf and PIP_INDEX_URL itself: the user's index settings hold)
//   conda: mamba or conda env create -p <dir> -f environment.yml
// Relative paths in the file (--find-links ./wheels) start at the folder the file came from.

QString environmentCacheDir(const QString& cacheRoot, const EnvironmentSpec& spec);
bool isEnvironmentReady(const QString& dir);
// The interpreter of a venv or conda prefix: bin/python, or python.exe / Scripts/python.exe on Windows.
QString prefixPython(const QString& prefix);
// The folder to put first on PATH for a prefix (bin, or Scripts on Windows).
QString prefixBin(const QString& prefix);

// Builds `spec` unless it is built already, writing what it does to `log`. Blocks: it runs in
// its own process (`yard environment prepare`), never on a GUI or agent thread.
Status buildEnvironment(const EnvironmentSpec& spec, const QString& cacheRoot, const QString& basePython,
                        QIODevice& log);

// The last `count` lines of a log, for the message of a failed build.
QString lastLines(const QString& file, int count);

} // namespace trainyard
