<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_IE">
<context>
    <name>CheckoutPage</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerProductsModel</name>
    <message numerus="yes">
        <source>Viewed %n time(s)</source>
        <translation>
            <numerusform>Viewed %n time</numerusform>
            <numerusform>Viewed %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndlessAislePage</name>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform>%n available</numerusform>
            <numerusform>%n available</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <extracomment>A navigation button with a count, e.g. &quot;Orders, 3 waiting&quot;</extracomment>
        <translation>
            <numerusform>%1, %n waiting</numerusform>
            <numerusform>%1, %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnlineSection</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderLineRow</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n available)</source>
        <extracomment>Take an order line from another location: its name and stock</extracomment>
        <translation>
            <numerusform>%1 (%n available)</numerusform>
            <numerusform>%1 (%n available)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message numerus="yes">
        <source>%n available in this store.</source>
        <translation>
            <numerusform>%n available in this store.</numerusform>
            <numerusform>%n available in this store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None in this store; %n available elsewhere.</source>
        <translation>
            <numerusform>None in this store; %n available elsewhere.</numerusform>
            <numerusform>None in this store; %n available elsewhere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductSearchModel</name>
    <message numerus="yes">
        <source>%n colour(s)</source>
        <translation>
            <numerusform>%n colour</numerusform>
            <numerusform>%n colours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RejectionsModel</name>
    <message numerus="yes">
        <source>%n change(s) made on this tablet were lost</source>
        <translation>
            <numerusform>%n change made on this tablet was lost</numerusform>
            <numerusform>%n changes made on this tablet were lost</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform>%n available</numerusform>
            <numerusform>%n available</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message numerus="yes">
        <source>Staff number or PIN is not right. %n attempt(s) left.</source>
        <translation>
            <numerusform>Staff number or PIN is not right. %n attempt left.</numerusform>
            <numerusform>Staff number or PIN is not right. %n attempts left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SizeButton</name>
    <message numerus="yes">
        <source>Size %1, %n here</source>
        <extracomment>A size button: the size, then how many this store has</extracomment>
        <translation>
            <numerusform>Size %1, %n here</numerusform>
            <numerusform>Size %1, %n here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n here</source>
        <extracomment>Units of a size in this store, under the size</extracomment>
        <translation>
            <numerusform>%n here</numerusform>
            <numerusform>%n here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockRow</name>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform>%n available</numerusform>
            <numerusform>%n available</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reserved</source>
        <translation>
            <numerusform>%n reserved</numerusform>
            <numerusform>%n reserved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in transit</source>
        <translation>
            <numerusform>%n in transit</numerusform>
            <numerusform>%n in transit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>Changes have not uploaded for %n minute(s). Check the Wi-Fi; if it is fine, call IT support.</source>
        <translation>
            <numerusform>Changes have not uploaded for %n minute. Check the Wi-Fi; if it is fine, call IT support.</numerusform>
            <numerusform>Changes have not uploaded for %n minutes. Check the Wi-Fi; if it is fine, call IT support.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting to upload</source>
        <translation>
            <numerusform>Offline · %n change waiting to upload</numerusform>
            <numerusform>Offline · %n changes waiting to upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to upload</source>
        <translation>
            <numerusform>%n change waiting to upload</numerusform>
            <numerusform>%n changes waiting to upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong enrolment codes were tried from this network. Wait %n minute(s), then type the code exactly as your manager gave it.</source>
        <translation>
            <numerusform>Too many wrong enrolment codes were tried from this network. Wait %n minute, then type the code exactly as your manager gave it.</numerusform>
            <numerusform>Too many wrong enrolment codes were tried from this network. Wait %n minutes, then type the code exactly as your manager gave it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message numerus="yes">
        <source>Offline · %n waiting</source>
        <extracomment>Header sync status, offline with changes queued on the tablet</extracomment>
        <translation>
            <numerusform>Offline · %n waiting</numerusform>
            <numerusform>Offline · %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <extracomment>Header sync status: changes queued for upload</extracomment>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %n change(s) refused</source>
        <extracomment>Spoken name of the header sync status: status, then refused count</extracomment>
        <translation>
            <numerusform>%1. %n change refused</numerusform>
            <numerusform>%1. %n changes refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineRow</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>Quantity in the timeline</extracomment>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform>%n available</numerusform>
            <numerusform>%n available</numerusform>
        </translation>
    </message>
</context>
</TS>
