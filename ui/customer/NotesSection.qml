// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models

// Associates' notes about the customer, newest first, and a box to add one. A note is saved on
// the tablet at once and marked until the central service has it.
Card {
    id: root

    required property CustomerProfile profile

    function save() {
        if (root.profile.addNote(editor.text))
            editor.clear()
    }

    objectName: "notesSection"
    padding: 0
    topPadding: Theme.margin

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        SectionTitle {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            icon: "note"
            text: qsTr("Notes")
            trailing: root.profile.notes.count > 0
                      ? qsTr("%n note(s)", "", root.profile.notes.count) : ""
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.preferredHeight: Math.min(Math.max(editor.implicitHeight, 104), 180)

            TextArea {
                id: editor
                objectName: "noteEditor"
                placeholderText: qsTr("What did they come in for, what did they like, what "
                                      + "should the next associate know?")
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("New note")
                Keys.onPressed: (event) => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                            && (event.modifiers & Qt.ControlModifier)) {
                        root.save()
                        event.accepted = true
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Notes are shared with every store and the call centre.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            Button {
                Layout.preferredHeight: Theme.touchTarget + 4
                objectName: "saveNoteButton"
                text: qsTr("Save note")
                icon.source: Theme.icon("check")
                highlighted: true
                enabled: editor.text.trim().length > 0
                onClicked: root.save()
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.divider
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 120

            ListView {
                id: list
                anchors.fill: parent
                anchors.leftMargin: Theme.margin
                anchors.rightMargin: Theme.margin
                objectName: "notesList"
                model: root.profile.notes
                clip: true
                visible: count > 0

                delegate: Item {
                    id: note

                    required property int index
                    required property string body
                    required property string authorName
                    required property string whenText
                    required property bool pending

                    width: ListView.view.width
                    implicitHeight: noteColumn.implicitHeight + 24
                    Accessible.role: Accessible.ListItem
                    Accessible.name: body

                    ColumnLayout {
                        id: noteColumn
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        spacing: 4

                        Label {
                            Layout.fillWidth: true
                            text: note.body
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing

                            Label {
                                Layout.fillWidth: true
                                text: [note.authorName, note.whenText]
                                      .filter(p => p.length > 0).join(" · ")
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontSmall
                                color: Theme.muted
                            }
                            Chip {
                                visible: note.pending
                                objectName: "notePending"
                                icon: "cloud_pending"
                                text: qsTr("Waiting to sync")
                                tint: Theme.warning
                            }
                        }
                    }

                    Rectangle {
                        anchors.top: parent.top
                        width: parent.width
                        height: 1
                        color: Theme.divider
                        visible: note.index > 0
                    }
                }

                ScrollIndicator.vertical: ScrollIndicator {}
            }

            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, 420)
                visible: list.count === 0
                icon: "note"
                title: qsTr("No notes yet")
                hint: qsTr("The first note helps whoever serves this customer next.")
            }
        }
    }
}
