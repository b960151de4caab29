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
    <name>CentralServiceSection</name>
    <message>
        <source>Central service</source>
        <translation>Servicio central</translation>
    </message>
    <message>
        <source>Where this tablet sends its changes and gets customers, products and staff.</source>
        <translation>Adonde esta tableta envía sus cambios y de donde recibe clientes, productos y personal.</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Not enrolled: this tablet does not sync</source>
        <translation>Sin registrar: esta tableta no se sincroniza</translation>
    </message>
    <message>
        <source>Enrolled to %1 (%2)</source>
        <extracomment>Enrolment state in Settings, e.g. &quot;Enrolled to Madrid Serrano (MAD)&quot;</extracomment>
        <translation>Registrada en %1 (%2)</translation>
    </message>
    <message>
        <source>Enrolled to store %1</source>
        <translation>Registrada en la tienda %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>e.g. https://clienteling.example.com</source>
        <translation>p. ej., https://clienteling.example.com</translation>
    </message>
    <message>
        <source>Central service address</source>
        <translation>Dirección del servicio central</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Enrol again</source>
        <translation>Registrar de nuevo</translation>
    </message>
    <message>
        <source>Enrol this tablet</source>
        <translation>Registrar esta tableta</translation>
    </message>
    <message>
        <source>Enrol again when the central service no longer accepts this tablet, with a new one-time code from your manager.</source>
        <translation>Vuelva a registrarla cuando el servicio central ya no acepte esta tableta, con un nuevo código de un solo uso de su responsable.</translation>
    </message>
    <message>
        <source>Your manager gives you a one-time code for this tablet.</source>
        <translation>Su responsable le da un código de un solo uso para esta tableta.</translation>
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
    <name>EnrolForm</name>
    <message>
        <source>Central service address</source>
        <translation>Dirección del servicio central</translation>
    </message>
    <message>
        <source>e.g. https://clienteling.example.com</source>
        <translation>p. ej., https://clienteling.example.com</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Código de registro</translation>
    </message>
    <message>
        <source>The one-time code from your manager</source>
        <translation>El código de un solo uso de su responsable</translation>
    </message>
    <message>
        <source>Enrol this tablet</source>
        <translation>Registrar esta tableta</translation>
    </message>
    <message>
        <source>Contacting the central service…</source>
        <translation>Contactando con el servicio central…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>Connect this tablet</source>
        <translation>Conecte esta tableta</translation>
    </message>
    <message>
        <source>Switch language to %1</source>
        <translation>Cambiar el idioma a %1</translation>
    </message>
    <message>
        <source>This tablet has no store data yet. Enrol it with the central service: it then copies your store&apos;s customers, products and staff, and you can sign in.</source>
        <translation>Esta tableta aún no tiene datos de la tienda. Regístrela en el servicio central: copiará los clientes, productos y personal de su tienda y podrá iniciar sesión.</translation>
    </message>
    <message>
        <source>Ask your store manager for a one-time enrolment code.</source>
        <translation>Pida a su responsable de tienda un código de registro de un solo uso.</translation>
    </message>
</context>
<context>
    <name>FirstSyncPage</name>
    <message>
        <source>Getting your store&apos;s data</source>
        <translation>Obteniendo los datos de su tienda</translation>
    </message>
    <message>
        <source>This tablet is enrolled. It is copying your store&apos;s customers, products and staff; the first time takes a few minutes. Keep it on Wi-Fi. You can sign in when it is done.</source>
        <translation>Esta tableta está registrada. Está copiando los clientes, productos y personal de su tienda; la primera vez tarda unos minutos. Manténgala conectada a la wifi. Podrá iniciar sesión cuando termine.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>The central service cannot be reached right now. The tablet keeps trying by itself; check the Wi-Fi, or tap Try again.</source>
        <translation>Ahora no se puede contactar con el servicio central. La tableta lo sigue intentando sola; compruebe la wifi o pulse Reintentar.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Today %1</source>
        <translation>Hoy %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Ayer %1</translation>
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
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platino</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Added to cart</source>
        <translation>Añadido a la cesta</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Opened campaign</source>
        <translation>Abrió una campaña</translation>
    </message>
    <message>
        <source>Answered survey</source>
        <translation>Respondió una encuesta</translation>
    </message>
    <message>
        <source>Added to wishlist</source>
        <translation>Añadido a favoritos</translation>
    </message>
    <message>
        <source>Order update</source>
        <translation>Estado del pedido</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Tops size</source>
        <translation>Talla de parte de arriba</translation>
    </message>
    <message>
        <source>Trousers size</source>
        <translation>Talla de pantalón</translation>
    </message>
    <message>
        <source>Dress size</source>
        <translation>Talla de vestido</translation>
    </message>
    <message>
        <source>Shoe size</source>
        <translation>Número de calzado</translation>
    </message>
    <message>
        <source>Preferred fit</source>
        <translation>Corte preferido</translation>
    </message>
    <message>
        <source>Favourite colours</source>
        <translation>Colores favoritos</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation>Estilos</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Shops for</source>
        <translation>Compra para</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Evitar</translation>
    </message>
    <message>
        <source>Best time to contact</source>
        <translation>Mejor momento para contactar</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>Contacto preferido</translation>
    </message>
    <message>
        <source>Carry out</source>
        <translation>Se lo lleva</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Envío a domicilio</translation>
    </message>
    <message>
        <source>Pick up in store</source>
        <translation>Recogida en tienda</translation>
    </message>
    <message>
        <source>Ship from store</source>
        <translation>Envío desde tienda</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Listo para recoger</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recogido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Requiere acción</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>No recogido</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Accesorios</translation>
    </message>
    <message>
        <source>Bags</source>
        <translation>Bolsos</translation>
    </message>
    <message>
        <source>Dresses</source>
        <translation>Vestidos</translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation>Calzado</translation>
    </message>
    <message>
        <source>Jackets</source>
        <translation>Chaquetas</translation>
    </message>
    <message>
        <source>Jeans</source>
        <translation>Vaqueros</translation>
    </message>
    <message>
        <source>Knitwear</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Outerwear</source>
        <translation>Abrigos</translation>
    </message>
    <message>
        <source>Scarves</source>
        <translation>Pañuelos</translation>
    </message>
    <message>
        <source>Shirts</source>
        <translation>Camisas</translation>
    </message>
    <message>
        <source>Skirts</source>
        <translation>Faldas</translation>
    </message>
    <message>
        <source>Tops</source>
        <translation>Tops</translation>
    </message>
    <message>
        <source>Trousers</source>
        <translation>Pantalones</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Standard delivery</source>
        <translation>Envío estándar</translation>
    </message>
    <message>
        <source>Express delivery</source>
        <translation>Envío exprés</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Pendiente de sincronizar</translation>
    </message>
    <message>
        <source>Stock allocated</source>
        <translation>Stock asignado</translation>
    </message>
    <message>
        <source>No stock: choose another source</source>
        <translation>Sin stock: elija otro origen</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Entregado al cliente</translation>
    </message>
    <message>
        <source>Returned to stock</source>
        <translation>Devuelto al stock</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>here</source>
        <translation>aquí</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>never counted</source>
        <translation>nunca contado</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
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
    <name>RejectionCard</name>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <extracomment>Before the advice on a refused change, e.g. &quot;What to do: Ask your store manager.&quot;</extracomment>
        <translation>&lt;b&gt;Qué hacer:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation>Descartar: %1</translation>
    </message>
</context>
<context>
    <name>RejectionsModel</name>
    <message>
        <source>a customer</source>
        <translation>un cliente</translation>
    </message>
    <message>
        <source>Note for %1</source>
        <translation>Nota de %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 consent for %2</source>
        <translation>Consentimiento de %1 de %2</translation>
    </message>
    <message>
        <source>New customer %1</source>
        <translation>Nuevo cliente %1</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Datos de %1</translation>
    </message>
    <message>
        <source>Wishlist of %1</source>
        <translation>Favoritos de %1</translation>
    </message>
    <message>
        <source>Cart of %1</source>
        <translation>Cesta de %1</translation>
    </message>
    <message>
        <source>A change (%1)</source>
        <translation>Un cambio (%1)</translation>
    </message>
    <message>
        <source>The central service did not allow it from this tablet or for this associate.</source>
        <translation>El servicio central no lo permite desde esta tableta o para este dependiente.</translation>
    </message>
    <message>
        <source>Ask your store manager; the change was not saved.</source>
        <translation>Consulte a su responsable de tienda; el cambio no se guardó.</translation>
    </message>
    <message>
        <source>What it refers to no longer exists (removed on another device).</source>
        <translation>Aquello a lo que se refiere ya no existe (se eliminó en otro dispositivo).</translation>
    </message>
    <message>
        <source>Open the customer again and redo the change if it is still needed.</source>
        <translation>Vuelva a abrir el cliente y repita el cambio si aún hace falta.</translation>
    </message>
    <message>
        <source>The central service found it invalid: %1.</source>
        <translation>El servicio central lo considera no válido: %1.</translation>
    </message>
    <message>
        <source>Correct the details and make the change again.</source>
        <translation>Corrija los datos y vuelva a hacer el cambio.</translation>
    </message>
    <message>
        <source>The item sold out before the change reached the central service.</source>
        <translation>El artículo se agotó antes de que el cambio llegara al servicio central.</translation>
    </message>
    <message>
        <source>Offer the customer an alternative.</source>
        <translation>Ofrezca al cliente una alternativa.</translation>
    </message>
    <message>
        <source>The central service refused it (%1).</source>
        <translation>El servicio central lo rechazó (%1).</translation>
    </message>
    <message>
        <source>Make the change again; if it is refused again, call IT support.</source>
        <translation>Vuelva a hacer el cambio; si se rechaza otra vez, llame al soporte informático.</translation>
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
    <name>SyncEngine</name>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Cannot reach the central service at %1. Check the address and the Wi-Fi, then try again.</source>
        <translation>No se puede contactar con el servicio central en %1. Compruebe la dirección y la wifi e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This tablet and the central service disagree about which changes were sent. Nothing has been deleted. Call IT support before making more changes.</source>
        <translation>Esta tableta y el servicio central no coinciden en qué cambios se enviaron. No se ha borrado nada. Llame al soporte informático antes de hacer más cambios.</translation>
    </message>
    <message>
        <source>Changes from the central service could not be saved on this tablet (%1). Restart the app; if it keeps happening, call IT support.</source>
        <translation>Los cambios del servicio central no se pudieron guardar en esta tableta (%1). Reinicie la app; si sigue ocurriendo, llame al soporte informático.</translation>
    </message>
    <message>
        <source>Your pending changes could not be re-applied (%1). They are kept; restart the app.</source>
        <translation>Sus cambios pendientes no se pudieron volver a aplicar (%1). Se conservan; reinicie la app.</translation>
    </message>
    <message>
        <source>The central service no longer accepts this tablet. Ask your manager for a new enrolment code and enrol it again in Settings.</source>
        <translation>El servicio central ya no acepta esta tableta. Pida a su responsable un nuevo código de registro y vuelva a registrarla en Ajustes.</translation>
    </message>
    <message>
        <source>The central service refused to sync (%1). Changes stay on this tablet; call IT support if this lasts.</source>
        <translation>El servicio central rechazó la sincronización (%1). Los cambios se quedan en esta tableta; llame al soporte informático si continúa.</translation>
    </message>
    <message>
        <source>Enter the central service address, e.g. https://clienteling.example.com</source>
        <translation>Introduzca la dirección del servicio central, p. ej., https://clienteling.example.com</translation>
    </message>
    <message>
        <source>This tablet is enrolled. Syncing the store&apos;s data…</source>
        <translation>Esta tableta está registrada. Sincronizando los datos de la tienda…</translation>
    </message>
    <message>
        <source>That enrolment code is not valid, was already used, or has expired. Ask your manager for a new one.</source>
        <translation>Ese código de registro no es válido, ya se usó o ha caducado. Pida uno nuevo a su responsable.</translation>
    </message>
    <message>
        <source>Enrolment failed (%1). Try again, or call IT support.</source>
        <translation>El registro falló (%1). Inténtelo de nuevo o llame al soporte informático.</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizada</translation>
    </message>
    <message>
        <source>Not connected to a central service</source>
        <translation>Sin conexión a un servicio central</translation>
    </message>
    <message numerus="yes">
        <source>Changes have not uploaded for %n minute(s). Check the Wi-Fi; if it is fine, call IT support.</source>
        <translation>
            <numerusform>Hace %n minuto que los cambios no se suben. Compruebe la wifi; si funciona, llame al soporte informático.</numerusform>
            <numerusform>Hace %n minutos que los cambios no se suben. Compruebe la wifi; si funciona, llame al soporte informático.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting to upload</source>
        <translation>
            <numerusform>Sin conexión · %n cambio pendiente de subir</numerusform>
            <numerusform>Sin conexión · %n cambios pendientes de subir</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline · working from this tablet&apos;s data</source>
        <translation>Sin conexión · trabajando con los datos de esta tableta</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to upload</source>
        <translation>
            <numerusform>%n cambio pendiente de subir</numerusform>
            <numerusform>%n cambios pendientes de subir</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Nothing waiting to upload</source>
        <translation>Nada pendiente de subir</translation>
    </message>
    <message>
        <source>Ask your manager for an enrolment code, then enrol this tablet in Settings.</source>
        <translation>Pida a su responsable un código de registro y registre esta tableta en Ajustes.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <source>The central service did not accept these changes, so they are not saved. Read what to do, then dismiss them.</source>
        <translation>El servicio central no aceptó estos cambios, así que no se guardaron. Lea qué hacer y después descártelos.</translation>
    </message>
    <message>
        <source>None: every change you made was accepted or is still waiting to upload.</source>
        <translation>Ninguno: todos sus cambios se aceptaron o siguen pendientes de subir.</translation>
    </message>
    <message>
        <source>Waiting to upload: %1</source>
        <extracomment>Changes made on this tablet, not yet sent; %1 is how many</extracomment>
        <translation>Pendientes de subir: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message>
        <source>Not set up</source>
        <extracomment>Header sync status: not enrolled with a central service, so no sync at all</extracomment>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <extracomment>Header sync status: an error or changes stuck; the panel says more</extracomment>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n waiting</source>
        <extracomment>Header sync status, offline with changes queued on the tablet</extracomment>
        <translation>
            <numerusform>Sin conexión · %n pendiente</numerusform>
            <numerusform>Sin conexión · %n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <extracomment>Header sync status: changes queued for upload</extracomment>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message numerus="yes">
        <source>%1. %n change(s) refused</source>
        <extracomment>Spoken name of the header sync status: status, then refused count</extracomment>
        <translation>
            <numerusform>%1. %n cambio rechazado</numerusform>
            <numerusform>%1. %n cambios rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens the sync details</source>
        <translation>Abre los detalles de sincronización</translation>
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
    <message>
        <source>Order %1: %2</source>
        <extracomment>An order&apos;s progress in the timeline: order number, then its status</extracomment>
        <translation>Pedido %1: %2</translation>
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
