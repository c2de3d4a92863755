// AzureMlEngine's environments (EnvironmentVersions) and vm sizes (VirtualMachineSizes_List).
// The rest of the engine is in AzureMlEngine.cpp.
#include "core/azureml/AzureMlEngine.h"

#include "core/azureml/ArmSpec.h"
#include "core/azureml/AzureHttpClient.h"
#include "core/azureml/EnvironmentArm.h"
#include "core/util/Promise.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace trainyard::azureml {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AzureMlEngine)
};
} // namespace

QFuture<Result<QList<EnvironmentSpec>>> AzureMlEngine::listEnvironments() {
    Promise<Result<QList<EnvironmentSpec>>> done;
    // Environments_List gives the names; each name's versions are a list of their own.
    m_http->getAll(armUrl(workspacePath() + QStringLiteral("/environments")), Tr::tr("List environments"),
                   this, [this, done](const Result<QJsonArray>& names) {
                       if (!names) {
                           done(names.error());
                           return;
                       }
                       auto all = std::make_shared<QList<EnvironmentSpec>>();
                       auto pending = std::make_shared<int>(int(names->size()));
                       if (*pending == 0)
                           done(*all);
                       for (const QJsonValue& v : names.value()) {
                           const QString name = v.toObject().value(QStringLiteral("name")).toString();
                           m_http->getAll(armUrl(workspacePath() +
                                                 QStringLiteral("/environments/%1/versions").arg(name)),
                                          Tr::tr("List versions of environment '%1'").arg(name), this,
                                          [done, all, pending, name](const Result<QJsonArray>& versions) {
                                              if (versions) {
                                                  for (const QJsonValue& version : versions.value())
                                                      *all << environmentFromArm(version.toObject(), name);
                                              }
                                              if (--*pending == 0)
                                                  done(*all);
                                          });
                       }
                   });
    return done.future();
}

QFuture<Result<EnvironmentSpec>> AzureMlEngine::getEnvironment(const QString& reference) {
    Promise<Result<EnvironmentSpec>> done;
    auto ref = parseEnvironmentReference(reference);
    if (!ref) {
        done(ref.error());
        return done.future();
    }
    const QString versions = workspacePath() + QStringLiteral("/environments/%1/versions").arg(ref->name);
    if (!ref->version.isEmpty()) {
        m_http->send(spec("GET", armUrl(versions + u'/' + ref->version),
                          Tr::tr("Get environment %1:%2").arg(ref->name, ref->version)),
                     this, [done, name = ref->name](const AzureResponse& r) {
                         if (!r.ok())
                             done(*r.error);
                         else
                             done(environmentFromArm(r.json(), name));
                     });
        return done.future();
    }
    // The latest: the newest version first ($orderBy, as the SDK asks).
    m_http->send(
        spec("GET", armUrl(versions, QStringLiteral("$orderBy=createdtime%20desc&$top=1")),
             Tr::tr("Get environment %1").arg(ref->name)),
        this, [done, name = ref->name](const AzureResponse& r) {
            if (!r.ok()) {
                done(*r.error);
                return;
            }
            const QJsonArray value = r.json().value(QStringLiteral("value")).toArray();
            if (value.isEmpty())
                done(Error::notFound(Tr::tr("No environment named '%1' in this workspace.").arg(name)));
            else
                done(environmentFromArm(value.first().toObject(), name));
        });
    return done.future();
}

QFuture<Result<EnvironmentSpec>> AzureMlEngine::createEnvironment(const EnvironmentSpec& specIn) {
    Promise<Result<EnvironmentSpec>> done;
    EnvironmentSpec environment = specIn;
    if (environment.version.isEmpty())
        environment.version = QStringLiteral("1"); // Azure ML needs one; a taken one answers Conflict
    auto body = validateEnvironmentSpec(environment)
                    ? environmentVersionBody(environment)
                    : Result<QJsonObject>(validateEnvironmentSpec(environment).error());
    if (!body) {
        done(body.error());
        return done.future();
    }
    const QString path =
        workspacePath() +
        QStringLiteral("/environments/%1/versions/%2").arg(environment.name, environment.version);
    m_http->send(
        spec("PUT", armUrl(path), Tr::tr("Create environment %1").arg(environment.reference()), body.value()),
        this, [done, environment](const AzureResponse& r) {
            if (!r.ok()) {
                done(*r.error);
                return;
            }
            EnvironmentSpec created = environmentFromArm(r.json(), environment.name);
            created.name = environment.name; // the answer's id may be a placeholder
            created.version = environment.version;
            done(created);
        });
    return done.future();
}

QFuture<Result<QList<VmSize>>> AzureMlEngine::listVmSizes() {
    Promise<Result<QList<VmSize>>> done;
    auto withLocation = [this, done](const QString& location) {
        const QString path = QStringLiteral("/subscriptions/%1/providers/Microsoft.MachineLearningServices/"
                                            "locations/%2/vmSizes")
                                 .arg(m_config.subscriptionId, location);
        m_http->send(spec("GET", armUrl(path), Tr::tr("List vm sizes of %1").arg(location)), this,
                     [done](const AzureResponse& r) {
                         if (!r.ok()) {
                             done(*r.error);
                             return;
                         }
                         QList<VmSize> sizes;
                         for (const QJsonValue& v : r.json().value(QStringLiteral("value")).toArray())
                             sizes << vmSizeFromArm(v.toObject());
                         done(sizes);
                     });
    };
    const QString configured = m_config.raw.value(QLatin1String("location")).toString();
    if (!configured.isEmpty()) {
        withLocation(configured);
    } else {
        getWorkspace().then(this, [withLocation, done](const Result<QJsonObject>& ws) {
            if (!ws)
                done(ws.error());
            else
                withLocation(ws->value(QLatin1String("location")).toString());
        });
    }
    return done.future();
}

} // namespace trainyard::azureml
