<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>Loyalty</source>
        <translation>Fidelidad</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valor total de compras</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>Tienda habitual</translation>
    </message>
    <message>
        <source>Contact permissions</source>
        <translation>Permisos de contacto</translation>
    </message>
    <message>
        <source>%1: allowed</source>
        <translation>%1: permitido</translation>
    </message>
    <message>
        <source>%1: not allowed</source>
        <translation>%1: no permitido</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Timeline</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>No has elegido ningún cliente</translation>
    </message>
    <message>
        <source>Go back and search again.</source>
        <translation>Vuelve atrás y busca de nuevo.</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The customer database on this tablet is damaged and cannot be opened. You can set it aside and start with a fresh copy; the damaged file is kept for support.</source>
        <translation>La base de datos de clientes de esta tableta está dañada y no se puede abrir. Puedes apartarla y empezar con una copia nueva; el archivo dañado se guarda para el servicio técnico.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 – Clienteling</source>
        <translation>%1 – Clienteling</translation>
    </message>
    <message>
        <source>Clienteling</source>
        <translation>Clienteling</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>What did they come in for, what did they like, what should the next associate know?</source>
        <translation>¿A qué vino, qué le gustó, qué debería saber el próximo compañero que le atienda?</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>Notes are shared with every store and the call centre.</source>
        <translation>Las notas se comparten con todas las tiendas y con el centro de atención telefónica.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Pendiente de sincronizar</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Todavía no hay notas</translation>
    </message>
    <message>
        <source>The first note helps whoever serves this customer next.</source>
        <translation>La primera nota ayuda a quien atienda a este cliente la próxima vez.</translation>
    </message>
</context>
<context>
    <name>OnlineSection</name>
    <message>
        <source>Cart</source>
        <translation>Carrito</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the cart.</source>
        <translation>El carrito está vacío.</translation>
    </message>
    <message>
        <source>Cart total</source>
        <translation>Total del carrito</translation>
    </message>
    <message>
        <source>Wishlist</source>
        <translation>Lista de deseos</translation>
    </message>
    <message>
        <source>The wishlist is empty.</source>
        <translation>La lista de deseos está vacía.</translation>
    </message>
    <message>
        <source>Browsed online</source>
        <translation>Visto en la web y la app</translation>
    </message>
    <message>
        <source>Nothing viewed on the website or app lately.</source>
        <translation>No ha mirado nada en la web ni en la app últimamente.</translation>
    </message>
</context>
<context>
    <name>PreferenceDialog</name>
    <message>
        <source>For example M, 38 or EU 39</source>
        <translation>Por ejemplo M, 38 o EU 39</translation>
    </message>
    <message>
        <source>Leave empty to clear</source>
        <translation>Déjalo vacío para borrarlo</translation>
    </message>
    <message>
        <source>Saved on this tablet at once and shared with the other channels at the next sync.</source>
        <translation>Se guarda al momento en esta tableta y se comparte con los demás canales en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>PreparingPage</name>
    <message>
        <source>Getting ready</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Getting the tablet ready</source>
        <translation>Preparando la tableta</translation>
    </message>
    <message>
        <source>Opening the customer data…</source>
        <translation>Abriendo los datos de clientes…</translation>
    </message>
</context>
<context>
    <name>ProductRow</name>
    <message>
        <source>%1 × %2</source>
        <extracomment>Quantity and unit price of a cart line, e.g. &quot;2 × €49.95&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <source>Sizes and preferences</source>
        <translation>Tallas y preferencias</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Pendiente de sincronizar</translation>
    </message>
    <message>
        <source>Contact permissions</source>
        <translation>Permisos de contacto</translation>
    </message>
    <message>
        <source>Change these only when the customer asks you to.</source>
        <translation>Cámbialos solo cuando el cliente te lo pida.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Find a customer</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>Name, email, phone or loyalty card</source>
        <translation>Nombre, email, teléfono o tarjeta de fidelidad</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <extracomment>%1 is what the associate typed</extracomment>
        <translation>Ningún cliente coincide con «%1»</translation>
    </message>
    <message>
        <source>Type a name, email, phone or loyalty card</source>
        <translation>Escribe un nombre, email, teléfono o tarjeta de fidelidad</translation>
    </message>
    <message>
        <source>Check the spelling, or try their phone number or email.</source>
        <translation>Revisa cómo está escrito o prueba con su teléfono o su email.</translation>
    </message>
    <message>
        <source>Or scan the customer&apos;s loyalty card.</source>
        <translation>O escanea la tarjeta de fidelidad del cliente.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Changes the app at once, including dates and prices.</source>
        <translation>Cambia la app al momento, también las fechas y los precios.</translation>
    </message>
    <message>
        <source>This tablet</source>
        <translation>Esta tableta</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Store name and its code, e.g. &quot;Madrid Serrano (MAD)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not enrolled in a store yet</source>
        <translation>Todavía no está dada de alta en ninguna tienda</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>%1, manager</source>
        <extracomment>Associate name, e.g. &quot;Lucía Martín, manager&quot;</extracomment>
        <translation>%1, encargado/a</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Versión de la app</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Switch language to %1</source>
        <translation>Cambiar el idioma a %1</translation>
    </message>
    <message>
        <source>Tablet of %1</source>
        <translation>Tableta de %1</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Número de empleado</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>The demo data could not be prepared: %1</source>
        <translation>No se pudieron preparar los datos de demostración: %1</translation>
    </message>
</context>
<context>
    <name>StoreFailedPage</name>
    <message>
        <source>The tablet&apos;s data could not be opened</source>
        <translation>No se han podido abrir los datos de la tableta</translation>
    </message>
    <message>
        <source>Set aside and start fresh</source>
        <translation>Apartar y empezar de cero</translation>
    </message>
    <message>
        <source>Start fresh?</source>
        <translation>¿Empezar de cero?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Start fresh</source>
        <translation>Empezar de cero</translation>
    </message>
    <message>
        <source>Changes made on this tablet that were not sent yet stay in the damaged file and will not reach the central service.</source>
        <translation>Los cambios hechos en esta tableta que aún no se habían enviado se quedan en el archivo dañado y no llegarán al servicio central.</translation>
    </message>
    <message>
        <source>Customers and products come back from the central service at the next sync.</source>
        <translation>Los clientes y los productos vuelven desde el servicio central en la próxima sincronización.</translation>
    </message>
    <message>
        <source>If restarting the tablet does not help, call the help desk and read them the message above.</source>
        <translation>Si reiniciar la tableta no lo arregla, llama al servicio de ayuda y léeles el mensaje de arriba.</translation>
    </message>
</context>
<context>
    <name>TimelineRow</name>
    <message>
        <source>Size %1</source>
        <extracomment>Garment size in the timeline, e.g. &quot;Size M&quot;</extracomment>
        <translation>Talla %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>Quantity in the timeline</extracomment>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Timeline</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>Atención telefónica</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Nothing in these channels</source>
        <translation>Nada en estos canales</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Todavía no hay actividad</translation>
    </message>
    <message>
        <source>Tap All to see every channel.</source>
        <translation>Toca Todo para ver todos los canales.</translation>
    </message>
    <message>
        <source>Purchases, orders, visits and contacts show up here.</source>
        <translation>Aquí aparecen las compras, los pedidos, las visitas y los contactos.</translation>
    </message>
</context>
</TS>
