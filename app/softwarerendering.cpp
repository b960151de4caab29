// SPDX-License-Identifier: MIT
#include "softwarerendering.h"

#include <QMetaProperty>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace SoftwareRendering {

namespace {

/** QQuickItem's "layer" (a QQuickItemLayer, private API): reached through the meta-object. */
QObject *layerOf(QQuickItem *quickItem)
{
    static const QMetaObject &item = QQuickItem::staticMetaObject;
    static const QMetaProperty layer = item.property(item.indexOfProperty("layer"));
    const QVariant value = layer.read(quickItem);
    return (value.metaType().flags() & QMetaType::PointerToQObject)
        ? *static_cast<QObject *const *>(value.constData())
        : nullptr;
}

bool hasEffect(QObject *layer)
{
    const QVariant effect = layer->property("effect");
    return (effect.metaType().flags() & QMetaType::PointerToQObject)
        && *static_cast<QObject *const *>(effect.constData());
}

/** Visible items whose enabled layer has an effect; invisible subtrees are skipped (they are
    looked at again on the frame they show in). */
void collect(QQuickItem *item, QList<QPointer<QObject>> *layers)
{
    if (!item->isVisible())
        return;
    if (QObject *layer = layerOf(item);
        layer && layer->property("enabled").toBool() && hasEffect(layer))
        layers->append(layer);
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, layers);
}

} // namespace

bool isSoftware(const QQuickWindow *window)
{
    const QSGRendererInterface *renderer = window ? window->rendererInterface() : nullptr;
    return renderer && renderer->graphicsApi() == QSGRendererInterface::Software;
}

void watch(QQuickWindow *window)
{
    if (!window || window->property("clienteling.softwareRendering").toBool())
        return;
    window->setProperty("clienteling.softwareRendering", true);
    // afterAnimating: on the GUI thread, before every frame's synchronisation. The style's own
    // bindings may turn a layer on again (a button enabled again): the next frame catches it.
    QObject::connect(
        window, &QQuickWindow::afterAnimating, window,
        [window] {
            if (!isSoftware(window))
                return;
            QList<QPointer<QObject>> layers;
            collect(window->contentItem(), &layers);
            // Turned off after the walk: turning one off deletes its effect item.
            for (const QPointer<QObject> &layer : std::as_const(layers)) {
                if (layer)
                    layer->setProperty("enabled", false);
            }
        },
        Qt::DirectConnection);
}

void watch(QQmlEngine *engine)
{
    auto *application = qobject_cast<QQmlApplicationEngine *>(engine);
    if (!application)
        return;
    QObject::connect(application, &QQmlApplicationEngine::objectCreated, application,
                     [](QObject *object, const QUrl &) {
                         watch(qobject_cast<QQuickWindow *>(object));
                     });
}

} // namespace SoftwareRendering
