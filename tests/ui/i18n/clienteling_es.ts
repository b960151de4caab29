<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Test-only Spanish for a few UI strings: proves qsTr, run-time switching and retranslation
     work in every screen, independent of the product translation in translations/. -->
<TS version="2.1" language="es_ES">
<context>
    <name>SearchPage</name>
    <message>
        <source>Name, email, phone or loyalty card</source>
        <translation>Nombre, email, teléfono o tarjeta de fidelidad</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Pendiente de sincronizar</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
</TS>
