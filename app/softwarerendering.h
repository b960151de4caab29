// SPDX-License-Identifier: MIT
#pragma once

class QQmlEngine;
class QQuickWindow;

/**
 * Makes Qt Quick's software renderer draw the Material style's raised buttons, header bar and
 * popup backgrounds.
 *
 * Without OpenGL (the offscreen platform of the screenshots and tests, the VNC platform of the
 * headless demo), Qt Quick renders in software, which cannot draw a ShaderEffect. Material puts
 * each raised surface (Button, ToolBar, Popup, Dialog, Menu, Drawer, Pane, ...) in a layer whose
 * effect, ElevationEffect, draws the surface and its shadow with ShaderEffects: in software the
 * surface itself disappears, leaving white text on white and dialogs without a background.
 * Before each frame this turns off such layers (the surfaces then draw directly, without their
 * shadows); with OpenGL it does nothing.
 */
namespace SoftwareRendering {

/** Watches this window's frames. */
void watch(QQuickWindow *window);
/** Watches every window the engine (a QQmlApplicationEngine) creates from now on. */
void watch(QQmlEngine *engine);
/** Whether the window renders in software (known once its scene graph exists). */
bool isSoftware(const QQuickWindow *window);

} // namespace SoftwareRendering
