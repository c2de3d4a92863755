#include "Cli.h"

#include "core/engine/Transfer.h"
#include "core/model/ModelJson.h"

#include <QCoreApplication>

#include <cstdio>

namespace yard {

using namespace trainyard;

// Runs a transfer to its end, drawing progress on stderr unless --json.
int runTransfer(Cli& cli, Transfer* transfer, const QString& doneMessage) {
    Status result;
    TransferProgress last;
    QObject scope; // ends the connections below with this function
    QObject::connect(transfer, &Transfer::progress, &scope, [&](const TransferProgress& p) {
        last = p;
        if (!cli.json() && p.bytesTotal > 0)
            std::fprintf(stderr, "\r%lld/%lld files, %.1f/%.1f MB", qlonglong(p.filesDone),
                         qlonglong(p.filesTotal), double(p.bytesDone) / 1e6, double(p.bytesTotal) / 1e6);
    });
    QObject::connect(transfer, &Transfer::finished, &scope, [&](const Status& s) { result = s; });
    awaitSignal(transfer, &Transfer::finished); // emitted queued, never from the engine's call
    if (!cli.json() && last.bytesTotal > 0)
        std::fprintf(stderr, "\n");
    if (!result)
        return cli.fail(result.error());
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("files"), double(last.filesTotal)},
                                  {QStringLiteral("bytes"), double(last.bytesTotal)}});
    else
        cli.print(doneMessage.arg(last.filesTotal));
    return kOk;
}

static const QStringList kDatastoreHeaders{QStringLiteral("Name"), QStringLiteral("Type"),
                                           QStringLiteral("Default"), QStringLiteral("Location")};

static QStringList datastoreRow(const DatastoreInfo& d) {
    return {d.name, d.type, d.isDefault ? QStringLiteral("yes") : QString(), d.location};
}

static int upload(Cli& cli) {
    auto& p = cli.parser();
    p.addOption(
        {QStringLiteral("src-dir"), QStringLiteral("Local folder to upload."), QStringLiteral("dir")});
    p.addOption(
        {QStringLiteral("target-path"), QStringLiteral("Path on the datastore."), QStringLiteral("path")});
    p.addOption(
        {QStringLiteral("overwrite"), QStringLiteral("Replace files that exist (default: keep them).")});
    if (!cli.parse(QStringLiteral("Uploads a folder to the default datastore (ds.upload).")))
        return kUsage;
    if (cli.value(QStringLiteral("src-dir")).isEmpty())
        return cli.usage(QStringLiteral("--src-dir is required."));
    return cli.onEngine([&](Engine* engine) {
        auto* t =
            engine->upload(cli.value(QStringLiteral("src-dir")), cli.value(QStringLiteral("target-path")),
                           cli.isSet(QStringLiteral("overwrite")), qApp);
        return runTransfer(cli, t, QStringLiteral("Uploaded %1 file(s)."));
    });
}

static int download(Cli& cli) {
    auto& p = cli.parser();
    p.addOption({QStringLiteral("path"), QStringLiteral("Path on the datastore."), QStringLiteral("path")});
    p.addOption(
        {QStringLiteral("to"), QStringLiteral("Local folder to download into."), QStringLiteral("dir")});
    if (!cli.parse(QStringLiteral("Downloads a path of the default datastore.")))
        return kUsage;
    if (cli.value(QStringLiteral("path")).isEmpty() || cli.value(QStringLiteral("to")).isEmpty())
        return cli.usage(QStringLiteral("--path and --to are required."));
    return cli.onEngine([&](Engine* engine) {
        auto* t = engine->download(cli.value(QStringLiteral("path")), cli.value(QStringLiteral("to")), qApp);
        return runTransfer(cli, t, QStringLiteral("Downloaded %1 file(s)."));
    });
}

static int list(Cli& cli) {
    if (!cli.parse(QStringLiteral("Lists the datastores.")))
        return kUsage;
    return cli.onEngine([&](Engine* engine) {
        return cli.finish(engine->listDatastores(), [&](const QList<DatastoreInfo>& datastores) {
            cli.printList(datastores, kDatastoreHeaders, datastoreRow);
        });
    });
}

static int show(Cli& cli) {
    auto tr = [](const char* text) { return QCoreApplication::translate("yard", text); };
    if (!cli.parse(tr("Shows a datastore."), QStringLiteral("name")))
        return kUsage;
    return cli.onTarget(tr("the datastore's name"), [&](const Cli::Target& target) {
        // Datastores_Get is not among the published examples; the list call carries the same items.
        auto result = await(target.engine->listDatastores());
        if (!result)
            return cli.fail(result.error());
        QStringList names;
        for (const auto& d : result.value()) {
            names << d.name;
            if (d.name != target.name)
                continue;
            if (cli.json())
                cli.printJson(toJson(d));
            else
                cli.printTable({tr("Name"), tr("Type"), tr("Default"), tr("Location")},
                               {{d.name, d.type, d.isDefault ? tr("yes") : QString(), d.location}});
            return kOk;
        }
        return cli.fail(
            Error::notFound(tr("No datastore '%1'; the workspace has: %2.")
                                .arg(target.name, names.isEmpty() ? tr("none") : names.join(u", "))));
    });
}

static const CommandRegistration registration{
    {QStringLiteral("datastore show"), show, QCoreApplication::translate("yard", "Show a datastore.")},
    {QStringLiteral("datastore upload"), upload, QStringLiteral("Upload a folder to the datastore.")},
    {QStringLiteral("datastore download"), download, QStringLiteral("Download from the datastore.")},
    {QStringLiteral("datastore list"), list, QStringLiteral("List the datastores.")},
};

} // namespace yard
