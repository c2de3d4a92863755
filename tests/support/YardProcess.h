#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace trainyard::test {

// What `yard` did: its exit status (0 ok, 1 failure, 2 bad input), standard output and errors.
struct YardOutput {
    int exit = -1;
    QByteArray out;
    QByteArray err;
    QJsonValue json() const; // the output read as one JSON array or object
};

// How to run it: on which workspace (TRAINYARD_WORKSPACE), with what on its standard input,
// folders put first on PATH (fake tools), and how long to wait.
struct YardCall {
    QString workspace;
    QByteArray input;
    QStringList pathFirst;
    int timeoutMs = 120000;
};

// `yard` as a user runs it: the binary the build names in TRAINYARD_YARD, as a child process.
YardOutput runYard(const QStringList& args, const YardCall& call);

} // namespace trainyard::test
