<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Address</name>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Demasiado largo: %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Enter the name of the person receiving the parcel.</source>
        <translation>Introduzca el nombre de la persona que recibe el paquete.</translation>
    </message>
    <message>
        <source>Enter the street and number.</source>
        <translation>Introduzca la calle y el número.</translation>
    </message>
    <message>
        <source>Enter the town or city.</source>
        <translation>Introduzca la localidad.</translation>
    </message>
    <message>
        <source>Choose a country we deliver to.</source>
        <translation>Elija un país al que hagamos envíos.</translation>
    </message>
    <message>
        <source>Enter the postcode.</source>
        <translation>Introduzca el código postal.</translation>
    </message>
    <message>
        <source>This is not a valid postcode here; it looks like %1.</source>
        <translation>Este código postal no es válido en este país; tiene la forma %1.</translation>
    </message>
    <message>
        <source>This is not a phone number of the delivery country. Type it as it is dialled there, or with + and the country code.</source>
        <translation>Este no es un teléfono del país de entrega. Escríbalo como se marca allí, o con + y el prefijo del país.</translation>
    </message>
</context>
<context>
    <name>AddressForm</name>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Name on the parcel</source>
        <translation>Nombre que figura en el paquete</translation>
    </message>
    <message>
        <source>Phone for the courier (optional)</source>
        <translation>Teléfono para el repartidor (opcional)</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Calle y número</translation>
    </message>
    <message>
        <source>Floor, door, building (optional)</source>
        <translation>Piso, puerta, edificio (opcional)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <source>Province or county (optional)</source>
        <translation>Provincia (opcional)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>Preparing the demo store…</source>
        <translation>Preparando la tienda de demostración…</translation>
    </message>
    <message>
        <source>Preparing the demo store… %1%</source>
        <translation>Preparando la tienda de demostración… %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Pay by card</source>
        <translation>Pagar con tarjeta</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Queda por pagar</translation>
    </message>
    <message>
        <source>Amount on the card</source>
        <translation>Importe con tarjeta</translation>
    </message>
    <message>
        <source>More than is left to pay.</source>
        <translation>Es más de lo que queda por pagar.</translation>
    </message>
    <message>
        <source>Take less to split the payment; the customer then pays the rest another way.</source>
        <translation>Cobre menos para dividir el pago; el cliente paga el resto de otra forma.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send to terminal</source>
        <translation>Enviar al datáfono</translation>
    </message>
</context>
<context>
    <name>CardTerminalSection</name>
    <message>
        <source>Saved. Card payments go to this terminal.</source>
        <translation>Guardado. Los pagos con tarjeta van a este datáfono.</translation>
    </message>
    <message>
        <source>Card terminal</source>
        <translation>Datáfono</translation>
    </message>
    <message>
        <source>The payment terminal on the store&apos;s network that takes cards for this tablet.</source>
        <translation>El datáfono de la red de la tienda que cobra con tarjeta para esta tableta.</translation>
    </message>
    <message>
        <source>Set up: terminal %1</source>
        <extracomment>%1 is the terminal&apos;s POIID</extracomment>
        <translation>Configurado: datáfono %1</translation>
    </message>
    <message>
        <source>Not set up: card payments cannot be taken</source>
        <translation>Sin configurar: no se puede cobrar con tarjeta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>e.g. https://192.168.1.40:8443/nexo</source>
        <translation>p. ej. https://192.168.1.40:8443/nexo</translation>
    </message>
    <message>
        <source>POIID (on the terminal&apos;s screen)</source>
        <translation>POIID (en la pantalla del datáfono)</translation>
    </message>
    <message>
        <source>e.g. P400-123456789</source>
        <translation>p. ej. P400-123456789</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>CashDialog</name>
    <message>
        <source>Pay in cash</source>
        <translation>Pagar en efectivo</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Queda por pagar</translation>
    </message>
    <message>
        <source>Cash given by the customer</source>
        <translation>Efectivo entregado por el cliente</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exacto</translation>
    </message>
    <message>
        <source>Change to give</source>
        <translation>Cambio que debe dar</translation>
    </message>
    <message>
        <source>Still to pay after this</source>
        <translation>Quedará por pagar</translation>
    </message>
    <message>
        <source>Your cash drawer is closed. Open it with its float in Settings, Cash drawer.</source>
        <translation>Su caja está cerrada. Ábrala con el fondo de caja en Ajustes, Caja.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Take cash</source>
        <translation>Cobrar en efectivo</translation>
    </message>
</context>
<context>
    <name>CashDrawer</name>
    <message>
        <source>Sign in to open your cash drawer.</source>
        <translation>Inicie sesión para abrir su caja.</translation>
    </message>
    <message>
        <source>Type the float you put in the drawer.</source>
        <translation>Escriba el fondo de caja que ha puesto en el cajón.</translation>
    </message>
    <message>
        <source>The drawer could not be opened on this tablet. Try again.</source>
        <translation>No se pudo abrir la caja en esta tableta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your cash drawer is not open.</source>
        <translation>Su caja no está abierta.</translation>
    </message>
    <message>
        <source>Type the amount you counted in the drawer.</source>
        <translation>Escriba el importe que ha contado en el cajón.</translation>
    </message>
    <message>
        <source>The count could not be saved (%1). Try again.</source>
        <translation>No se pudo guardar el arqueo (%1). Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>CashDrawerSection</name>
    <message>
        <source>Cash drawer</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Your own drawer for cash sales and refunds. Open it with the float at the start of your shift; count it and close it at the end.</source>
        <translation>Su propia caja para ventas y devoluciones en efectivo. Ábrala con el fondo de caja al empezar su turno; cuéntela y ciérrela al terminar.</translation>
    </message>
    <message>
        <source>Open since %1</source>
        <extracomment>%1 is when the drawer was opened</extracomment>
        <translation>Abierta desde %1</translation>
    </message>
    <message>
        <source>Closed: cash cannot be taken</source>
        <translation>Cerrada: no se puede cobrar en efectivo</translation>
    </message>
    <message>
        <source>Should be in the drawer now</source>
        <translation>Debería haber en caja ahora</translation>
    </message>
    <message>
        <source>Float (cash in the drawer to start)</source>
        <translation>Fondo de caja (efectivo al empezar)</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Abrir caja</translation>
    </message>
    <message>
        <source>Counted in the drawer</source>
        <translation>Contado en caja</translation>
    </message>
    <message>
        <source>Close drawer</source>
        <translation>Cerrar caja</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Difference: none</source>
        <translation>Diferencia: ninguna</translation>
    </message>
    <message>
        <source>More than expected</source>
        <translation>Sobra</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Falta</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>No product with the barcode %1 on this tablet.</source>
        <extracomment>%1 is the scanned barcode</extracomment>
        <translation>Ningún producto de esta tableta tiene el código de barras %1.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Product, brand or SKU, or scan a barcode</source>
        <translation>Producto, marca o referencia, o escanee un código de barras</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>No product matches “%1”</source>
        <extracomment>%1 is what the associate typed</extracomment>
        <translation>Ningún producto coincide con «%1»</translation>
    </message>
    <message>
        <source>No products in this category</source>
        <translation>No hay productos en esta categoría</translation>
    </message>
    <message>
        <source>Try another word, or scan the label&apos;s barcode.</source>
        <translation>Pruebe con otra palabra o escanee el código de barras de la etiqueta.</translation>
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
    <name>ChainCustomerSearch</name>
    <message>
        <source>Online customer</source>
        <extracomment>A customer of the web shop or the app who has no home store</extracomment>
        <translation>Cliente online</translation>
    </message>
</context>
<context>
    <name>ChainResults</name>
    <message>
        <source>Other stores and online</source>
        <translation>Otras tiendas y online</translation>
    </message>
</context>
<context>
    <name>CheckoutController</name>
    <message>
        <source>The cart is empty.</source>
        <translation>La cesta está vacía.</translation>
    </message>
    <message>
        <source>Home-delivery items in one order go to one address with one delivery option. Remove the others and order them separately.</source>
        <translation>Los artículos con envío a domicilio de un pedido van a una sola dirección con un solo tipo de envío. Quite los demás y pídalos por separado.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Tarjeta regalo</translation>
    </message>
    <message>
        <source>Waiting for the card on the terminal…</source>
        <translation>Esperando la tarjeta en el datáfono…</translation>
    </message>
    <message>
        <source>No answer from the terminal yet: asking it what happened…</source>
        <translation>El datáfono aún no responde: consultando qué ha pasado…</translation>
    </message>
    <message>
        <source>The terminal cannot be reached. Look at its screen: if it shows the payment approved, tap Check again when it is back; the customer is not charged twice.</source>
        <translation>No se puede contactar con el datáfono. Mire su pantalla: si muestra el pago aprobado, pulse Comprobar de nuevo cuando vuelva a estar disponible; al cliente no se le cobra dos veces.</translation>
    </message>
    <message>
        <source>Loyalty %1%</source>
        <translation>Fidelidad %1&#xa0;%</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>Cupón %1</translation>
    </message>
    <message>
        <source>There is no coupon with this code. Check it with the customer.</source>
        <translation>No hay ningún cupón con este código. Compruébelo con el cliente.</translation>
    </message>
    <message>
        <source>This coupon has expired.</source>
        <translation>Este cupón ha caducado.</translation>
    </message>
    <message>
        <source>This coupon is not valid yet.</source>
        <translation>Este cupón todavía no es válido.</translation>
    </message>
    <message>
        <source>This coupon needs a bigger purchase.</source>
        <translation>Este cupón requiere una compra mayor.</translation>
    </message>
    <message>
        <source>This coupon cannot be used.</source>
        <translation>Este cupón no se puede usar.</translation>
    </message>
    <message>
        <source>This product is not in the catalogue on this tablet.</source>
        <translation>Este producto no está en el catálogo de esta tableta.</translation>
    </message>
    <message>
        <source>There is nothing to pay yet: add items first.</source>
        <translation>Todavía no hay nada que cobrar: añada antes los artículos.</translation>
    </message>
    <message>
        <source>Remove the coupon or correct it before taking payment.</source>
        <translation>Quite el cupón o corríjalo antes de cobrar.</translation>
    </message>
    <message>
        <source>The sale could not be saved on this tablet. Try again.</source>
        <translation>No se pudo guardar la venta en esta tableta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Card ending %1</source>
        <translation>Tarjeta terminada en %1</translation>
    </message>
    <message>
        <source>Given %1, change %2</source>
        <translation>Entregado %1, cambio %2</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Giving back</source>
        <translation>Devolviendo</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Not given back: check the terminal</source>
        <translation>No devuelto: revise el datáfono</translation>
    </message>
    <message>
        <source>Giving the card payment back on the terminal…</source>
        <translation>Devolviendo el pago con tarjeta en el datáfono…</translation>
    </message>
    <message>
        <source>No card terminal is set up on this tablet. Set it up in Settings, or take another tender.</source>
        <translation>Esta tableta no tiene ningún datáfono configurado. Configúrelo en Ajustes o cobre con otra forma de pago.</translation>
    </message>
    <message>
        <source>The terminal is still busy with the last card.</source>
        <translation>El datáfono sigue ocupado con la última tarjeta.</translation>
    </message>
    <message>
        <source>Nothing is left to pay.</source>
        <translation>No queda nada por pagar.</translation>
    </message>
    <message>
        <source>The card covered %1 only. Take the rest with another tender.</source>
        <translation>La tarjeta solo cubrió %1. Cobre el resto con otra forma de pago.</translation>
    </message>
    <message>
        <source>The card payment was cancelled. Nothing was charged.</source>
        <translation>Se canceló el pago con tarjeta. No se ha cobrado nada.</translation>
    </message>
    <message>
        <source>The terminal did not take the payment. Nothing was charged: try again.</source>
        <translation>El datáfono no aceptó el pago. No se ha cobrado nada: inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The card was declined (%1). Ask for another card or tender.</source>
        <translation>La tarjeta se ha denegado (%1). Pida otra tarjeta u otra forma de pago.</translation>
    </message>
    <message>
        <source>Type the 16 digits on the back of the gift card.</source>
        <translation>Escriba los 16 dígitos del dorso de la tarjeta regalo.</translation>
    </message>
    <message>
        <source>This gift card is not known or not active. Check the number.</source>
        <translation>Esta tarjeta regalo no existe o no está activa. Compruebe el número.</translation>
    </message>
    <message>
        <source>This gift card has no balance left.</source>
        <translation>Esta tarjeta regalo no tiene saldo.</translation>
    </message>
    <message>
        <source>The gift card payment could not be saved. Try again.</source>
        <translation>No se pudo guardar el pago con tarjeta regalo. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The gift card covered %1. Take the rest with another tender.</source>
        <translation>La tarjeta regalo cubrió %1. Cobre el resto con otra forma de pago.</translation>
    </message>
    <message>
        <source>Open your cash drawer first (Settings, Cash drawer).</source>
        <translation>Abra antes su caja (Ajustes, Caja).</translation>
    </message>
    <message>
        <source>Type the cash the customer gave you.</source>
        <translation>Escriba el efectivo que le ha dado el cliente.</translation>
    </message>
    <message>
        <source>The cash payment could not be saved. Try again.</source>
        <translation>No se pudo guardar el pago en efectivo. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Change due: %1</source>
        <translation>Cambio: %1</translation>
    </message>
    <message>
        <source>The receipt could not be made (%1). The sale is saved.</source>
        <translation>No se pudo generar el tique (%1). La venta está guardada.</translation>
    </message>
    <message>
        <source>This customer has not agreed to emails: print or show the receipt.</source>
        <translation>Este cliente no ha aceptado recibir emails: imprima o muestre el tique.</translation>
    </message>
    <message>
        <source>The receipt file is missing. Make it again from the order.</source>
        <translation>Falta el archivo del tique. Vuelva a generarlo desde el pedido.</translation>
    </message>
    <message>
        <source>The receipt could not be queued (%1).</source>
        <translation>No se pudo poner el tique en cola (%1).</translation>
    </message>
    <message>
        <source>The receipt will be emailed to the customer.</source>
        <translation>El tique se enviará al cliente por email.</translation>
    </message>
    <message>
        <source>An item in the cart</source>
        <translation>Un artículo de la cesta</translation>
    </message>
    <message>
        <source>%1 (size %2)</source>
        <extracomment>An item named in a message: %1 the product, %2 its size</extracomment>
        <translation>%1 (talla %2)</translation>
    </message>
    <message>
        <source>%1 is for home delivery, but no store or warehouse is chosen to send it from. Choose where it comes from in the cart, or remove it. Nothing has been charged.</source>
        <translation>%1 es para envío a domicilio, pero no se ha elegido la tienda o el almacén desde el que se envía. Elija de dónde sale en la cesta, o quítelo. No se ha cobrado nada.</translation>
    </message>
    <message>
        <source>%1 is for home delivery, but has no delivery address or option yet. Choose them in the cart, or remove it. Nothing has been charged.</source>
        <translation>%1 es para envío a domicilio, pero aún no tiene dirección ni opción de entrega. Elíjalas en la cesta, o quítelo. No se ha cobrado nada.</translation>
    </message>
    <message>
        <source>The sale could not be saved on this tablet. Try again; nothing has been charged.</source>
        <translation>No se ha podido guardar la venta en esta tableta. Inténtelo de nuevo; no se ha cobrado nada.</translation>
    </message>
    <message>
        <source>This order cannot be saved as it is. Check each item&apos;s delivery in the cart, or remove the item, then try again. Nothing has been charged.</source>
        <translation>Este pedido no se puede guardar así. Revise la entrega de cada artículo en la cesta, o quite el artículo, e inténtelo de nuevo. No se ha cobrado nada.</translation>
    </message>
    <message>
        <source>The order could not be saved on this tablet. Try again.</source>
        <translation>No se ha podido guardar el pedido en esta tableta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>covered %1 of %2</source>
        <extracomment>The card covered part of what was asked: &quot;covered €24.95 of €49.90&quot;</extracomment>
        <translation>cubrió %1 de %2</translation>
    </message>
    <message>
        <source>found when the app started</source>
        <translation>encontrado al iniciar la aplicación</translation>
    </message>
    <message>
        <source>Needs checking</source>
        <translation>Hay que revisarlo</translation>
    </message>
    <message>
        <source>The terminal answered %1 approved for this payment of %2. That is not what was asked: do not hand over the goods for it. Compare it with the terminal&apos;s receipt, then give it back and take the payment again.</source>
        <translation>El terminal respondió %1 aprobado para este pago de %2. No es lo que se pidió: no entregue la mercancía por este pago. Compárelo con el tique del terminal, devuélvalo y vuelva a cobrar.</translation>
    </message>
    <message>
        <source>The payment could not be given back from this tablet. Refund it on the terminal by hand; the sale stays open.</source>
        <translation>No se ha podido devolver el pago desde esta tableta. Devuélvalo a mano en el terminal; la venta sigue abierta.</translation>
    </message>
    <message>
        <source>The card payment could not be saved on this tablet, so nothing was sent to the terminal and nothing was charged. Try again.</source>
        <translation>No se ha podido guardar el pago con tarjeta en esta tableta, así que no se ha enviado nada al terminal ni se ha cobrado nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Gift cards can only be taken while this tablet reaches the central service, which keeps their balances. Take another tender, or try again when the tablet is online.</source>
        <translation>Las tarjetas regalo solo se aceptan mientras esta tableta conecta con el servicio central, que guarda sus saldos. Cobre con otro medio de pago, o inténtelo cuando la tableta tenga conexión.</translation>
    </message>
    <message>
        <source>The payment is taken, but the sale could not be saved on this tablet. Do not take payment again: tap Save the sale to try again. If it keeps failing, call support and give them order %1.</source>
        <translation>El pago está hecho, pero no se ha podido guardar la venta en esta tableta. No vuelva a cobrar: toque Guardar la venta para intentarlo de nuevo. Si sigue fallando, llame a soporte y deles el pedido %1.</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>A card payment of %1 (%2) was approved on the terminal but not recorded when it was taken. It has been added to this sale.</source>
        <translation>Un pago con tarjeta de %1 (%2) se aprobó en el terminal pero no se registró al cobrarlo. Se ha añadido a esta venta.</translation>
    </message>
    <message>
        <source>A card payment of %1 (%2) was approved on the terminal but belongs to no sale. It is being given back to the card.</source>
        <translation>Un pago con tarjeta de %1 (%2) se aprobó en el terminal pero no pertenece a ninguna venta. Se está devolviendo a la tarjeta.</translation>
    </message>
    <message>
        <source>A card payment of %1 (%2) was approved on the terminal but belonged to no sale. It has been given back to the card.</source>
        <translation>Un pago con tarjeta de %1 (%2) se aprobó en el terminal pero no pertenecía a ninguna venta. Se ha devuelto a la tarjeta.</translation>
    </message>
    <message>
        <source>A card payment of %1 (%2, terminal reference %3) was approved on the terminal but belongs to no sale, and could not be given back. Refund it on the terminal by hand.</source>
        <translation>Un pago con tarjeta de %1 (%2, referencia del terminal %3) se aprobó en el terminal pero no pertenece a ninguna venta y no se ha podido devolver. Devuélvalo a mano en el terminal.</translation>
    </message>
</context>
<context>
    <name>CheckoutPage</name>
    <message>
        <source>Quick sale</source>
        <translation>Venta rápida</translation>
    </message>
    <message>
        <source>Payment – %1</source>
        <extracomment>Page title; %1 is the customer</extracomment>
        <translation>Cobro – %1</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Cesta</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan or type the items the customer takes.</source>
        <translation>Escanee o escriba los artículos que se lleva el cliente.</translation>
    </message>
    <message>
        <source>The cart is empty: add products for the customer first.</source>
        <translation>La cesta está vacía: añada antes productos para el cliente.</translation>
    </message>
    <message>
        <source>× %1</source>
        <extracomment>Quantity of a line, e.g. &quot;× 2&quot;</extracomment>
        <translation>× %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Scan or type a SKU</source>
        <translation>Escanee o escriba un SKU</translation>
    </message>
    <message>
        <source>Product SKU</source>
        <translation>SKU del producto</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Código de cupón</translation>
    </message>
    <message>
        <source>e.g. WELCOME10</source>
        <translation>p. ej. WELCOME10</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Discount (%1)</source>
        <extracomment>Discount line with what it comes from, e.g. &quot;Discount (Loyalty 10%)&quot;</extracomment>
        <translation>Descuento (%1)</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Envío a domicilio</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Includes VAT</source>
        <translation>IVA incluido</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>A pagar</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>Pagado hasta ahora</translation>
    </message>
    <message>
        <source>Giving the payments back. Wait for the terminal.</source>
        <translation>Devolviendo los pagos. Espere al datáfono.</translation>
    </message>
    <message>
        <source>How does the customer pay?</source>
        <translation>¿Cómo paga el cliente?</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Tarjeta regalo</translation>
    </message>
    <message>
        <source>Correct or remove the coupon to take payment.</source>
        <translation>Corrija o quite el cupón para poder cobrar.</translation>
    </message>
    <message>
        <source>No card terminal is set up on this tablet (Settings, Card terminal).</source>
        <translation>No hay ningún datáfono configurado en esta tableta (Ajustes, Datáfono).</translation>
    </message>
    <message>
        <source>Remove this payment</source>
        <translation>Quitar este pago</translation>
    </message>
    <message>
        <source>Abandon sale</source>
        <translation>Abandonar la venta</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Sale abandoned</source>
        <translation>Venta abandonada</translation>
    </message>
    <message>
        <source>Order %1</source>
        <extracomment>After payment; %1 is the order number to read out</extracomment>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Give the customer this number; it is also on the receipt.</source>
        <translation>Dé este número al cliente; también figura en el recibo.</translation>
    </message>
    <message>
        <source>Nothing was charged: what was paid has been given back.</source>
        <translation>No se ha cobrado nada: lo pagado se ha devuelto.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>The customer agreed to emails: you can send the receipt.</source>
        <translation>El cliente acepta recibir correos: puede enviarle el recibo.</translation>
    </message>
    <message>
        <source>Print the receipt or show it on the screen.</source>
        <translation>Imprima el recibo o muéstrelo en la pantalla.</translation>
    </message>
    <message>
        <source>The customer has not agreed to emails: print the receipt or show it on the screen.</source>
        <translation>El cliente no ha aceptado recibir correos: imprima el recibo o muéstrelo en la pantalla.</translation>
    </message>
    <message>
        <source>Email receipt</source>
        <translation>Enviar recibo por correo</translation>
    </message>
    <message>
        <source>Open receipt</source>
        <translation>Abrir recibo</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
    <message>
        <source>Giving back</source>
        <translation>Devolviendo</translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation>Pago con tarjeta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Abandon this sale?</source>
        <translation>¿Abandonar esta venta?</translation>
    </message>
    <message>
        <source>Card payments are given back on the terminal and cash goes back to the customer. Nothing is sold; the cart stays as it is.</source>
        <translation>Los pagos con tarjeta se devuelven en el datáfono y el efectivo vuelve al cliente. No se vende nada; la cesta queda como estaba.</translation>
    </message>
    <message>
        <source>Keep selling</source>
        <translation>Seguir con la venta</translation>
    </message>
    <message>
        <source>Card payments found on the terminal</source>
        <translation>Pagos con tarjeta encontrados en el terminal</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Paid, not saved yet</source>
        <translation>Pagado, aún sin guardar</translation>
    </message>
    <message>
        <source>Everything is paid, but the sale is not saved on this tablet yet. Do not take payment again: save it now. If it keeps failing, call support with order %1.</source>
        <translation>Todo está pagado, pero la venta aún no está guardada en esta tableta. No vuelva a cobrar: guárdela ahora. Si sigue fallando, llame a soporte con el pedido %1.</translation>
    </message>
    <message>
        <source>Save the sale</source>
        <translation>Guardar la venta</translation>
    </message>
    <message>
        <source>Card payment: needs checking</source>
        <translation>Pago con tarjeta: hay que revisarlo</translation>
    </message>
    <message>
        <source>Give it back</source>
        <translation>Devolverlo</translation>
    </message>
</context>
<context>
    <name>ConsentHistory</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No consent has been recorded for this customer yet.</source>
        <translation>Aún no se ha registrado ningún consentimiento de este cliente.</translation>
    </message>
    <message>
        <source>%1 (not synced yet)</source>
        <translation>%1 (sin sincronizar aún)</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryModel</name>
    <message>
        <source>staff member %1</source>
        <translation>empleado %1</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>registrado por %1</translation>
    </message>
    <message>
        <source>%1: given</source>
        <translation>%1: concedido</translation>
    </message>
    <message>
        <source>%1: withdrawn</source>
        <translation>%1: retirado</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Surnames</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone (with + and the country code if it is from another country)</source>
        <translation>Teléfono (con + y el prefijo del país si es de otro país)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>Tienda habitual</translation>
    </message>
    <message>
        <source>Online only: no home store</source>
        <translation>Solo online: sin tienda habitual</translation>
    </message>
    <message>
        <source>Give a loyalty card: scan it or type its number</source>
        <translation>Dar una tarjeta de fidelidad: escanéela o escriba su número</translation>
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
    <name>CustomerContextBar</name>
    <message>
        <source>For %1</source>
        <extracomment>Whom the associate is serving while looking at products</extracomment>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>Ningún cliente elegido</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Choose customer</source>
        <translation>Elegir cliente</translation>
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
    <name>CustomerOpener</name>
    <message>
        <source>%1 did not arrive on this tablet in time: the connection is slow or has dropped. Check the Wi-Fi and try again.</source>
        <translation>%1 no ha llegado a esta tableta a tiempo: la conexión es lenta o se ha cortado. Compruebe la wifi e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>Este cliente</translation>
    </message>
    <message>
        <source>%1 is not on this tablet, and this tablet is not connected to the central service. Ask a manager to connect it in Settings.</source>
        <translation>%1 no está en esta tableta, y esta tableta no está conectada al servicio central. Pida a un encargado que la conecte en Ajustes.</translation>
    </message>
    <message>
        <source>%1 could not be brought onto this tablet: the central service is not set up. Ask a manager to check Settings.</source>
        <translation>No se ha podido traer a %1 a esta tableta: el servicio central no está configurado. Pida a un encargado que revise Ajustes.</translation>
    </message>
    <message>
        <source>%1 is no longer a customer of the chain: their record was removed. Search again, or register them as a new customer.</source>
        <translation>%1 ya no es cliente de la cadena: su ficha se ha eliminado. Busque de nuevo o dele de alta como cliente nuevo.</translation>
    </message>
    <message>
        <source>%1 could not be brought onto this tablet: the central service cannot be reached. Only this store&apos;s customers can be opened until the connection returns.</source>
        <translation>No se ha podido traer a %1 a esta tableta: no se puede contactar con el servicio central. Hasta que vuelva la conexión solo se pueden abrir los clientes de esta tienda.</translation>
    </message>
    <message>
        <source>%1 could not be brought onto this tablet (the central service answered %2). Try again in a moment; if it keeps failing, tell your manager.</source>
        <translation>No se ha podido traer a %1 a esta tableta (el servicio central respondió %2). Inténtelo de nuevo en un momento; si sigue fallando, avise a su encargado.</translation>
    </message>
    <message>
        <source>The customer could not be brought onto this tablet. Try again.</source>
        <translation>No se ha podido traer al cliente a esta tableta. Inténtelo de nuevo.</translation>
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
        <source>Orders</source>
        <translation>Pedidos</translation>
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
        <translation>Ningún cliente elegido</translation>
    </message>
    <message>
        <source>Go back and search again.</source>
        <translation>Vuelva atrás y busque de nuevo.</translation>
    </message>
</context>
<context>
    <name>CustomerPickerDialog</name>
    <message>
        <source>Choose the customer</source>
        <translation>Elija el cliente</translation>
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
        <source>No customer matches “%1”</source>
        <extracomment>%1 is what the associate typed</extracomment>
        <translation>Ningún cliente coincide con «%1»</translation>
    </message>
    <message>
        <source>Type a name, or scan the customer&apos;s loyalty card.</source>
        <translation>Escriba un nombre o escanee la tarjeta de fidelidad del cliente.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CustomerProductsModel</name>
    <message numerus="yes">
        <source>Viewed %n time(s)</source>
        <translation>
            <numerusform>Visto %n vez</numerusform>
            <numerusform>Visto %n veces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerProfile</name>
    <message>
        <source>Given %1 · %2</source>
        <translation>Concedido el %1 · %2</translation>
    </message>
    <message>
        <source>Withdrawn %1 · %2</source>
        <translation>Retirado el %1 · %2</translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation>No solicitado</translation>
    </message>
    <message>
        <source>This customer is not on this tablet. Sync, then search again.</source>
        <translation>Este cliente no está en esta tableta. Sincronice y vuelva a buscar.</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>That could not be saved: %1. Check it and try again.</source>
        <translation>No se pudo guardar: %1. Revíselo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That could not be saved on this tablet. Try again; if it keeps failing, restart the app.</source>
        <translation>No se pudo guardar en esta tableta. Inténtelo de nuevo; si sigue fallando, reinicie la app.</translation>
    </message>
    <message>
        <source>Write something before saving the note.</source>
        <translation>Escriba algo antes de guardar la nota.</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased at their request.</source>
        <translation>Los datos personales de este cliente se borraron a petición suya.</translation>
    </message>
    <message>
        <source>That loyalty card already belongs to another customer. Give this customer a new card.</source>
        <translation>Esa tarjeta de fidelidad ya es de otro cliente. Dé a este cliente una tarjeta nueva.</translation>
    </message>
    <message>
        <source>A customer needs a name. Type their first name or surname.</source>
        <translation>Un cliente necesita un nombre. Escriba su nombre o sus apellidos.</translation>
    </message>
    <message>
        <source>%1 is not one of our loyalty cards. Scan the barcode on the back of the card, or type its 13 digits.</source>
        <translation>%1 no es una de nuestras tarjetas de fidelidad. Escanee el código de barras del dorso o escriba sus 13 dígitos.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Stores and staff</source>
        <translation>Tiendas y personal</translation>
    </message>
    <message>
        <source>Catalogue and stock</source>
        <translation>Catálogo y stock</translation>
    </message>
    <message>
        <source>Customers and their history</source>
        <translation>Clientes y su historial</translation>
    </message>
    <message>
        <source>Search index and statistics</source>
        <translation>Índice de búsqueda y estadísticas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>EndlessAisle</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Arrives %1</source>
        <translation>Llega el %1</translation>
    </message>
    <message>
        <source>Arrives %1 – %2</source>
        <translation>Llega entre el %1 y el %2</translation>
    </message>
    <message>
        <source>Choose where it comes from and a delivery option.</source>
        <translation>Elija desde dónde se envía y un tipo de envío.</translation>
    </message>
    <message>
        <source>Check the delivery address: some fields need correcting.</source>
        <translation>Revise la dirección de entrega: hay campos que corregir.</translation>
    </message>
    <message>
        <source>It could not be added to the cart (%1).</source>
        <translation>No se pudo añadir a la cesta (%1).</translation>
    </message>
    <message>
        <source>Added to the cart for home delivery.</source>
        <translation>Añadido a la cesta con envío a domicilio.</translation>
    </message>
    <message>
        <source>The reservation could not be made (%1).</source>
        <translation>No se pudo hacer la reserva (%1).</translation>
    </message>
    <message>
        <source>Reserved. The store holding it sees the reservation once synced.</source>
        <translation>Reservado. La tienda que lo tiene verá la reserva en cuanto se sincronice.</translation>
    </message>
    <message>
        <source>The transfer could not be requested (%1).</source>
        <translation>No se pudo solicitar el traspaso (%1).</translation>
    </message>
    <message>
        <source>Transfer requested to this store.</source>
        <translation>Traspaso a esta tienda solicitado.</translation>
    </message>
    <message>
        <source>Added to the cart to take away now.</source>
        <translation>Añadido a la cesta para llevárselo ahora.</translation>
    </message>
</context>
<context>
    <name>EndlessAislePage</name>
    <message>
        <source>Check the delivery address: the fields marked need correcting.</source>
        <translation>Revise la dirección de entrega: hay que corregir los campos marcados.</translation>
    </message>
    <message>
        <source>Order for home delivery</source>
        <translation>Pedir con envío a domicilio</translation>
    </message>
    <message>
        <source>For %1</source>
        <extracomment>Whom a home delivery is for</extracomment>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>1. Where it comes from</source>
        <translation>1. Desde dónde se envía</translation>
    </message>
    <message>
        <source>No other store or warehouse has enough of it in stock.</source>
        <translation>Ninguna otra tienda ni almacén tiene stock suficiente.</translation>
    </message>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform>%n disponible</numerusform>
            <numerusform>%n disponibles</numerusform>
        </translation>
    </message>
    <message>
        <source>2. Delivery address</source>
        <translation>2. Dirección de entrega</translation>
    </message>
    <message>
        <source>A new address</source>
        <translation>Una dirección nueva</translation>
    </message>
    <message>
        <source>Saved on the customer&apos;s profile for next time.</source>
        <translation>Se guarda en la ficha del cliente para la próxima vez.</translation>
    </message>
    <message>
        <source>3. Delivery option</source>
        <translation>3. Tipo de envío</translation>
    </message>
    <message>
        <source>No home delivery to this country on this tablet yet. Sync with the central service, or choose another address.</source>
        <translation>Esta tableta aún no tiene envíos a domicilio a este país. Sincronice con el servicio central o elija otra dirección.</translation>
    </message>
    <message>
        <source>Choose the delivery address first.</source>
        <translation>Elija antes la dirección de entrega.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>The chosen delivery: option, price, estimate</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Choose where it comes from and a delivery option.</source>
        <translation>Elija desde dónde se envía y un tipo de envío.</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>Añadir a la cesta</translation>
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
        <source>The central service cannot be reached right now. The tablet keeps trying by itself; check the Wi-Fi, or tap Try again.</source>
        <translation>Ahora no se puede contactar con el servicio central. La tableta lo sigue intentando sola; compruebe la wifi o pulse Reintentar.</translation>
    </message>
    <message>
        <source>This tablet is enrolled. It is copying your store&apos;s customers, products and staff; the first time takes a few minutes. Keep it on Wi-Fi. You can sign in when it is done.</source>
        <translation>Esta tableta está registrada. Está copiando los clientes, productos y personal de su tienda; la primera vez tarda unos minutos. Manténgala conectada a la wifi. Podrá iniciar sesión cuando termine.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
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
    <message>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>En reparto</translation>
    </message>
    <message>
        <source>Delivery attempt failed</source>
        <extracomment>A carrier could not deliver the parcel this time</extracomment>
        <translation>Intento de entrega fallido</translation>
    </message>
    <message>
        <source>Carrier update</source>
        <extracomment>An update from a carrier in its own words (shown beside it)</extracomment>
        <translation>Aviso del transportista</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
</context>
<context>
    <name>GiftCardDialog</name>
    <message>
        <source>Pay with a gift card</source>
        <translation>Pagar con tarjeta regalo</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Queda por pagar</translation>
    </message>
    <message>
        <source>Gift card number</source>
        <translation>Número de la tarjeta regalo</translation>
    </message>
    <message>
        <source>16 digits on the back</source>
        <translation>16 dígitos en el reverso</translation>
    </message>
    <message>
        <source>This card is not known. Check the number.</source>
        <translation>Esta tarjeta no se conoce. Compruebe el número.</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <extracomment>%1 is the gift card&apos;s balance, as the central service says now</extracomment>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>Amount to use (optional)</source>
        <translation>Importe a usar (opcional)</translation>
    </message>
    <message>
        <source>As much as possible</source>
        <translation>Todo lo posible</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Use gift card</source>
        <translation>Usar tarjeta regalo</translation>
    </message>
    <message>
        <source>Balance unknown: gift cards are only taken while the tablet is online.</source>
        <translation>Saldo desconocido: las tarjetas regalo solo se aceptan con la tableta conectada.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over %1</source>
        <extracomment>%1 is the order number</extracomment>
        <translation>Entregar %1</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Check who collects: ask for the order number from their confirmation, or scan the customer&apos;s loyalty card.</source>
        <translation>Compruebe quién lo recoge: pida el número de pedido de la confirmación o escanee la tarjeta de fidelidad del cliente.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Tarjeta de fidelidad</translation>
    </message>
    <message>
        <source>Order number they give</source>
        <translation>El número de pedido que le den</translation>
    </message>
    <message>
        <source>Scan or type the card number</source>
        <translation>Escanee o escriba el número de la tarjeta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Entregar</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The customer database on this tablet is damaged and cannot be opened. You can set it aside and start with a fresh copy; the damaged file is kept for support.</source>
        <translation>La base de datos de clientes de esta tableta está dañada y no se puede abrir. Puede apartarla y empezar con una copia nueva; el archivo dañado se guarda para el servicio técnico.</translation>
    </message>
    <message>
        <source>The customer database on this tablet cannot be read. Ask IT to check the tablet&apos;s storage permissions.</source>
        <translation>No se puede leer la base de datos de clientes de esta tableta. Pida al soporte informático que revise los permisos de almacenamiento de la tableta.</translation>
    </message>
    <message>
        <source>This tablet&apos;s data was written by a newer version of Clienteling. Update the app to continue.</source>
        <translation>Los datos de esta tableta son de una versión más reciente de Clienteling. Actualice la app para continuar.</translation>
    </message>
    <message>
        <source>The customer database could not be updated (%1). You can set it aside and start with a fresh copy.</source>
        <translation>No se pudo actualizar la base de datos de clientes (%1). Puede apartarla y empezar con una copia nueva.</translation>
    </message>
    <message>
        <source>The damaged database could not be moved aside. Ask IT for help.</source>
        <translation>No se pudo apartar la base de datos dañada. Pida ayuda al soporte informático.</translation>
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
    <message>
        <source>View cart</source>
        <translation>Ver cesta</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>Type an amount, e.g. %1</source>
        <translation>Escriba un importe, p. ej. %1</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <extracomment>A navigation button with a count, e.g. &quot;Orders, 3 waiting&quot;</extracomment>
        <translation>
            <numerusform>%1, %n pendiente</numerusform>
            <numerusform>%1, %n pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCustomerForm</name>
    <message>
        <source>Type the customer&apos;s first name or surname.</source>
        <translation>Escriba el nombre o los apellidos del cliente.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Demasiado largo: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Remove the characters that cannot be printed.</source>
        <translation>Quite los caracteres que no se pueden imprimir.</translation>
    </message>
    <message>
        <source>This is not an email address. Check it, e.g. ana.ruiz@example.com.</source>
        <translation>No es una dirección de email. Revísela, p. ej. ana.ruiz@example.com.</translation>
    </message>
    <message>
        <source>This is not a phone number of %1. Check the digits, or choose the country the number is from.</source>
        <translation>No es un número de teléfono de %1. Revise los dígitos o elija el país del número.</translation>
    </message>
    <message>
        <source>Type the birthday as year-month-day, for example 1985-04-23.</source>
        <translation>Escriba la fecha de nacimiento como año-mes-día, por ejemplo 1985-04-23.</translation>
    </message>
    <message>
        <source>This is not one of our loyalty cards. Scan the barcode on the back, or type its 13 digits.</source>
        <translation>No es una de nuestras tarjetas de fidelidad. Escanee el código de barras del dorso o escriba sus 13 dígitos.</translation>
    </message>
    <message>
        <source>This card already belongs to another customer. Hand over a new card.</source>
        <translation>Esta tarjeta ya es de otro cliente. Entregue una tarjeta nueva.</translation>
    </message>
    <message>
        <source>Same email address</source>
        <translation>Mismo email</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Mismo teléfono</translation>
    </message>
    <message>
        <source>Same name and postcode</source>
        <translation>Mismo nombre y código postal</translation>
    </message>
    <message>
        <source>Online customer</source>
        <translation>Cliente online</translation>
    </message>
    <message>
        <source>Some details need correcting: see the fields marked in red.</source>
        <translation>Hay datos que corregir: mire los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>The customer could not be saved: %1. Check it and try again.</source>
        <translation>No se ha podido guardar el cliente: %1. Revíselo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The customer could not be saved on this tablet. Try again; if it keeps failing, restart the app.</source>
        <translation>No se ha podido guardar el cliente en esta tableta. Inténtelo de nuevo; si sigue fallando, reinicie la aplicación.</translation>
    </message>
</context>
<context>
    <name>NewCustomerPage</name>
    <message>
        <source>Some details need correcting: see the fields marked in red.</source>
        <translation>Hay datos que corregir: mire los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <source>This may be someone already registered</source>
        <translation>Puede que ya esté dado de alta</translation>
    </message>
    <message>
        <source>Only this tablet&apos;s customers could be checked: the central service cannot be reached. Ask the customer whether they are registered in another store or online.</source>
        <translation>Solo se han podido comprobar los clientes de esta tableta: no se puede contactar con el servicio central. Pregunte al cliente si está dado de alta en otra tienda u online.</translation>
    </message>
    <message>
        <source>Ask the customer. If it is them, open their record instead of registering them twice.</source>
        <translation>Pregunte al cliente. Si es él, abra su ficha en vez de darlo de alta dos veces.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 why it may be the same person, %2 their home store</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Not the same person: register new</source>
        <translation>No es la misma persona: dar de alta</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Surnames</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>Email (opcional)</translation>
    </message>
    <message>
        <source>Phone (optional) and its country</source>
        <translation>Teléfono (opcional) y su país</translation>
    </message>
    <message>
        <source>Country of the phone number</source>
        <translation>País del número de teléfono</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Birthday (optional)</source>
        <translation>Fecha de nacimiento (opcional)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Loyalty card (optional): scan it or type its number</source>
        <translation>Tarjeta de fidelidad (opcional): escanéela o escriba su número</translation>
    </message>
    <message>
        <source>Contact permissions</source>
        <translation>Permisos de contacto</translation>
    </message>
    <message>
        <source>Ask the customer. Each one they give is recorded as given in this store, now.</source>
        <translation>Pregunte al cliente. Cada permiso que dé se registra como dado en esta tienda, ahora.</translation>
    </message>
    <message>
        <source>Add a home address</source>
        <translation>Añadir una dirección</translation>
    </message>
    <message>
        <source>Register customer</source>
        <translation>Dar de alta</translation>
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
        <translation>Cesta</translation>
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
        <translation>La cesta está vacía.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Envío a domicilio</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Includes VAT</source>
        <translation>IVA incluido</translation>
    </message>
    <message>
        <source>Place order</source>
        <translation>Realizar pedido</translation>
    </message>
    <message>
        <source>Find a product</source>
        <translation>Buscar un producto</translation>
    </message>
    <message>
        <source>Wishlist</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>The wishlist is empty.</source>
        <translation>No tiene favoritos.</translation>
    </message>
    <message>
        <source>Browsed online</source>
        <translation>Visto en la web y la app</translation>
    </message>
    <message>
        <source>Nothing viewed on the website or app lately.</source>
        <translation>No ha mirado nada en la web ni en la app últimamente.</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <source>Take payment to sell it now. Place order to have it paid later: it shows as not paid until payment is taken.</source>
        <translation>Cobre para venderlo ahora. Haga el pedido para cobrarlo más tarde: figura como no pagado hasta que se cobre.</translation>
    </message>
</context>
<context>
    <name>OpeningCustomerPopup</name>
    <message>
        <source>Bringing %1 onto this tablet, with their orders and history…</source>
        <extracomment>%1 is the customer&apos;s name</extracomment>
        <translation>Trayendo a %1 a esta tableta, con sus pedidos e historial…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <source>%1 tracking %2</source>
        <translation>Seguimiento %1 %2</translation>
    </message>
    <message>
        <source>This order is not on this tablet yet. Sync, then open it again.</source>
        <translation>Este pedido aún no está en esta tableta. Sincronice y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>Pendiente de pago</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Pick up at %1 by %2</source>
        <translation>Recogida en %1 antes del %2</translation>
    </message>
    <message>
        <source>Pick up at %1</source>
        <translation>Recogida en %1</translation>
    </message>
    <message>
        <source>That is not possible for this order now (%1).</source>
        <translation>Ahora no es posible en este pedido (%1).</translation>
    </message>
    <message>
        <source>That could not be saved on this tablet. Try again; if it keeps failing, restart the app.</source>
        <translation>No se pudo guardar en esta tableta. Inténtelo de nuevo; si sigue fallando, reinicie la app.</translation>
    </message>
    <message>
        <source>That is not this order&apos;s number. Check the customer&apos;s confirmation email or text, or ask for their loyalty card.</source>
        <translation>Ese no es el número de este pedido. Revise el email o SMS de confirmación del cliente, o pídale su tarjeta de fidelidad.</translation>
    </message>
    <message>
        <source>That loyalty card is not this customer&apos;s. Ask for the order number instead.</source>
        <translation>Esa tarjeta de fidelidad no es de este cliente. Pida mejor el número de pedido.</translation>
    </message>
</context>
<context>
    <name>OrderLineRow</name>
    <message>
        <source>Size %1</source>
        <translation>Talla %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <extracomment>How a line reaches the customer, and from where</extracomment>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>No stock where it was to come from. Take it from:</source>
        <translation>Sin stock en el origen previsto. Servirlo desde:</translation>
    </message>
    <message>
        <source>No stock where it was to come from, and nowhere else has it.</source>
        <translation>Sin stock en el origen previsto ni en ningún otro sitio.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n available)</source>
        <extracomment>Take an order line from another location: its name and stock</extracomment>
        <translation>
            <numerusform>%1 (%n disponible)</numerusform>
            <numerusform>%1 (%n disponibles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel this line</source>
        <translation>Cancelar esta línea</translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect by %1</source>
        <translation>Recoger antes del %1</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>Marked ready. The customer is told it can be collected.</source>
        <translation>Marcado como listo. Se avisa al cliente de que puede recogerlo.</translation>
    </message>
    <message>
        <source>The line now comes from %1.</source>
        <extracomment>%1 is a store or the warehouse</extracomment>
        <translation>Ahora la línea sale de %1.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>No order chosen</source>
        <translation>Ningún pedido elegido</translation>
    </message>
    <message>
        <source>Go back and choose another order.</source>
        <translation>Vuelva atrás y elija otro pedido.</translation>
    </message>
    <message>
        <source>Order %1 placed</source>
        <extracomment>Right after placing an order; %1 is its number</extracomment>
        <translation>Pedido %1 realizado</translation>
    </message>
    <message>
        <source>Give the customer this number. Payment is taken separately: the order shows as not paid until then.</source>
        <translation>Dé este número al cliente. El pago se cobra aparte: hasta entonces el pedido figura como no pagado.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Mark ready for pickup</source>
        <translation>Marcar como listo para recoger</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Includes VAT</source>
        <translation>IVA incluido</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>Todavía no hay historial.</translation>
    </message>
    <message>
        <source>Handed over. Order %1 is collected.</source>
        <translation>Entregado. El pedido %1 consta como recogido.</translation>
    </message>
    <message>
        <source>Cancel this line?</source>
        <translation>¿Cancelar esta línea?</translation>
    </message>
    <message>
        <source>%1 will not be sent to the customer. This cannot be undone.</source>
        <extracomment>%1 is the product</extracomment>
        <translation>%1 no se enviará al cliente. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerla</translation>
    </message>
    <message>
        <source>Cancel the line</source>
        <translation>Cancelar la línea</translation>
    </message>
    <message>
        <source>Return items</source>
        <translation>Devolver artículos</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>An order in a list: the customer&apos;s name, then the order number</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Fuera de plazo</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Pick-ups (%1)</source>
        <extracomment>Tab with the pick-up queue and how many orders are in it</extracomment>
        <translation>Recogidas (%1)</translation>
    </message>
    <message>
        <source>Pick-ups</source>
        <translation>Recogidas</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Requiere atención (%1)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Pick-ups here</source>
        <translation>Recogidas en esta tienda</translation>
    </message>
    <message>
        <source>Ready ones first. Check who collects before handing over.</source>
        <translation>Primero los que están listos. Compruebe quién recoge antes de entregar.</translation>
    </message>
    <message>
        <source>No pick-ups waiting</source>
        <translation>No hay recogidas pendientes</translation>
    </message>
    <message>
        <source>Orders to collect in this store appear here.</source>
        <translation>Aquí aparecen los pedidos que se recogen en esta tienda.</translation>
    </message>
    <message>
        <source>Orders from this store with a line that found no stock.</source>
        <translation>Pedidos de esta tienda con alguna línea sin stock.</translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation>Nada requiere atención</translation>
    </message>
    <message>
        <source>Orders that need a decision appear here.</source>
        <translation>Aquí aparecen los pedidos que requieren una decisión.</translation>
    </message>
</context>
<context>
    <name>OrdersSection</name>
    <message>
        <source>No orders yet</source>
        <translation>Todavía no hay pedidos</translation>
    </message>
    <message>
        <source>Orders from the store, the website and the app appear here.</source>
        <translation>Aquí aparecen los pedidos de la tienda, la web y la app.</translation>
    </message>
</context>
<context>
    <name>PaymentTerminal</name>
    <message>
        <source>Type the terminal&apos;s address as shown on its screen, for example https://192.168.1.40:8443/nexo.</source>
        <translation>Escriba la dirección del datáfono tal como aparece en su pantalla, por ejemplo https://192.168.1.40:8443/nexo.</translation>
    </message>
    <message>
        <source>Type the terminal&apos;s ID (POIID) as shown on its screen.</source>
        <translation>Escriba el identificador del datáfono (POIID) tal como aparece en su pantalla.</translation>
    </message>
    <message>
        <source>The terminal could not be saved on this tablet. Try again.</source>
        <translation>No se pudo guardar el datáfono en esta tableta. Inténtelo de nuevo.</translation>
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
        <translation>Déjelo vacío para borrarlo</translation>
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
    <name>ProductDetail</name>
    <message>
        <source>This product is not in the catalogue on this tablet. Sync, then try again.</source>
        <translation>Este producto no está en el catálogo de esta tableta. Sincronice e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>No product chosen</source>
        <translation>Ningún producto elegido</translation>
    </message>
    <message>
        <source>Go back and search again.</source>
        <translation>Vuelva atrás y busque de nuevo.</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <extracomment>Above the colour chips, with the colour chosen</extracomment>
        <translation>Color: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Talla: %1</translation>
    </message>
    <message>
        <source>Choose a size</source>
        <translation>Elija una talla</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <extracomment>The chosen variant&apos;s stock-keeping unit</extracomment>
        <translation>Ref. %1</translation>
    </message>
    <message>
        <source>Choose a size to see what you can do.</source>
        <translation>Elija una talla para ver las opciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n available in this store.</source>
        <translation>
            <numerusform>%n disponible en esta tienda.</numerusform>
            <numerusform>%n disponibles en esta tienda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None in this store; %n available elsewhere.</source>
        <translation>
            <numerusform>Ninguno en esta tienda; %n disponible en otros sitios.</numerusform>
            <numerusform>Ninguno en esta tienda; %n disponibles en otros sitios.</numerusform>
        </translation>
    </message>
    <message>
        <source>None in this store, and none elsewhere.</source>
        <translation>Ninguno en esta tienda ni en otros sitios.</translation>
    </message>
    <message>
        <source>Order for home delivery</source>
        <translation>Pedir con envío a domicilio</translation>
    </message>
    <message>
        <source>Reserve in a store</source>
        <translation>Reservar en una tienda</translation>
    </message>
    <message>
        <source>Transfer here</source>
        <translation>Traer a esta tienda</translation>
    </message>
    <message>
        <source>Choose the customer to order or reserve it for them.</source>
        <translation>Elija el cliente para pedírselo o reservárselo.</translation>
    </message>
    <message>
        <source>Sell without a customer</source>
        <translation>Vender sin cliente</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>Añadir a la cesta</translation>
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
    <name>ProductSearchModel</name>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message numerus="yes">
        <source>%n colour(s)</source>
        <translation>
            <numerusform>%n color</numerusform>
            <numerusform>%n colores</numerusform>
        </translation>
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
        <translation>Cámbielos solo cuando el cliente se lo pida.</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>Tienda habitual</translation>
    </message>
    <message>
        <source>Online only: no home store</source>
        <translation>Solo online: sin tienda habitual</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Tarjeta de fidelidad</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The database file %1 cannot be read (permissions).</source>
        <translation>No se puede leer el archivo de base de datos %1 (permisos).</translation>
    </message>
    <message>
        <source>Not a PostgreSQL URL: %1</source>
        <translation>No es una URL de PostgreSQL: %1</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Clienteling (schema %1, this app knows %2). Update the app.</source>
        <translation>La base de datos es de una versión más reciente de Clienteling (esquema %1; esta app llega al %2). Actualice la app.</translation>
    </message>
    <message>
        <source>Cannot start a transaction for migration %1.</source>
        <translation>No se puede iniciar una transacción para la migración %1.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>La migración %1 (%2) ha fallado: %3</translation>
    </message>
    <message>
        <source>Migration %1 could not be recorded.</source>
        <translation>No se pudo registrar la migración %1.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Receipt</source>
        <translation>Tique</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Le atendió</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>delivered to your home</source>
        <translation>entrega a domicilio</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>VAT included</source>
        <translation>IVA incluido</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Tarjeta regalo</translation>
    </message>
    <message>
        <source>ref.</source>
        <translation>ref.</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Thank you for shopping with us.</source>
        <translation>Gracias por su compra.</translation>
    </message>
    <message>
        <source>Returns within 30 days with this receipt, in any store.</source>
        <translation>Devoluciones en 30 días con este tique, en cualquier tienda.</translation>
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
    <message>
        <source>a colleague</source>
        <translation>un compañero</translation>
    </message>
    <message>
        <source>Sign-in lock of %1</source>
        <translation>Bloqueo de acceso de %1</translation>
    </message>
    <message>
        <source>Unlocking %1</source>
        <translation>Desbloqueo de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this tablet were lost</source>
        <translation>
            <numerusform>Se perdió %n cambio hecho en esta tableta</numerusform>
            <numerusform>Se perdieron %n cambios hechos en esta tableta</numerusform>
        </translation>
    </message>
    <message>
        <source>The central service was restored from a backup that did not have them, and this tablet no longer kept a copy. The newest of them was made %1.</source>
        <translation>El servicio central se restauró desde una copia de seguridad que no los tenía, y esta tableta ya no guardaba una copia. El más reciente se hizo %1.</translation>
    </message>
    <message>
        <source>The central service was restored from a backup that did not have them, and this tablet no longer kept a copy.</source>
        <translation>El servicio central se restauró desde una copia de seguridad que no los tenía, y esta tableta ya no guardaba una copia.</translation>
    </message>
    <message>
        <source>Check what was recorded on this tablet until then and make again what is missing.</source>
        <translation>Revise lo que se registró en esta tableta hasta entonces y vuelva a hacer lo que falte.</translation>
    </message>
    <message>
        <source>The customer asked for their personal data to be erased. This change was made on this tablet before the erasure reached it, so it was discarded.</source>
        <translation>El cliente pidió que se borraran sus datos personales. Este cambio se hizo en esta tableta antes de que llegara el borrado, así que se ha descartado.</translation>
    </message>
    <message>
        <source>Nothing to do: nothing more is kept about this customer.</source>
        <translation>No hay nada que hacer: ya no se guarda nada más de este cliente.</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserve in a store</source>
        <translation>Reservar en una tienda</translation>
    </message>
    <message>
        <source>Hold %1 for %2.</source>
        <extracomment>%1 is the product, colour and size; %2 the customer</extracomment>
        <translation>Apartar %1 para %2.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform>%n disponible</numerusform>
            <numerusform>%n disponibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Apartar durante</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reservar</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <source>Return from %1</source>
        <extracomment>Page title; %1 is the order number</extracomment>
        <translation>Devolución de %1</translation>
    </message>
    <message>
        <source>What comes back</source>
        <translation>Lo que se devuelve</translation>
    </message>
    <message>
        <source>Choose how many of each item the customer brings back.</source>
        <translation>Elija cuántas unidades de cada artículo devuelve el cliente.</translation>
    </message>
    <message>
        <source>Bought %1, %2 can be returned</source>
        <extracomment>%1 bought, %2 can still come back</extracomment>
        <translation>Comprados %1, se pueden devolver %2</translation>
    </message>
    <message>
        <source>Already returned</source>
        <translation>Ya devuelto</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Uno menos</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Uno más</translation>
    </message>
    <message>
        <source>Put back on sale (the items are in good condition)</source>
        <translation>Volver a poner a la venta (los artículos están en buen estado)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>To refund</source>
        <translation>A reembolsar</translation>
    </message>
    <message>
        <source>Refund to card %1</source>
        <extracomment>%1 is the card, e.g. &quot;MC •••• 0010&quot;</extracomment>
        <translation>Reembolsar a la tarjeta %1</translation>
    </message>
    <message>
        <source>Refund to a card</source>
        <translation>Reembolsar a una tarjeta</translation>
    </message>
    <message>
        <source>Not paid by card on this tablet: the customer presents a card on the terminal.</source>
        <translation>No se pagó con tarjeta en esta tableta: el cliente presenta una tarjeta en el datáfono.</translation>
    </message>
    <message>
        <source>Refund to a new gift card</source>
        <translation>Reembolsar a una tarjeta regalo nueva</translation>
    </message>
    <message>
        <source>Refund in cash</source>
        <translation>Reembolsar en efectivo</translation>
    </message>
    <message>
        <source>Cash refunds only up to %1, with your cash drawer open.</source>
        <extracomment>%1 is the most that may be refunded in cash</extracomment>
        <translation>Reembolsos en efectivo solo hasta %1 y con su caja abierta.</translation>
    </message>
    <message>
        <source>Cash refunds up to %1.</source>
        <translation>Reembolsos en efectivo hasta %1.</translation>
    </message>
    <message>
        <source>New gift card number</source>
        <translation>Número de la tarjeta regalo nueva</translation>
    </message>
    <message>
        <source>Write this number on a gift card and hand it to the customer now: it is shown only once and cannot be looked up again.</source>
        <translation>Escriba este número en una tarjeta regalo y entréguesela ahora al cliente: solo se muestra una vez y no se puede volver a consultar.</translation>
    </message>
</context>
<context>
    <name>ReturnsController</name>
    <message>
        <source>The return could not be recorded (%1).</source>
        <translation>No se pudo registrar la devolución (%1).</translation>
    </message>
    <message>
        <source>Choose what the customer brings back first.</source>
        <translation>Elija antes lo que devuelve el cliente.</translation>
    </message>
    <message>
        <source>No card terminal is set up on this tablet. Refund to a gift card or in cash, or set the terminal up in Settings.</source>
        <translation>Esta tableta no tiene ningún datáfono configurado. Reembolse en una tarjeta regalo o en efectivo, o configure el datáfono en Ajustes.</translation>
    </message>
    <message>
        <source>The refund could not be started. Try again.</source>
        <translation>No se pudo iniciar el reembolso. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Refunding to the customer&apos;s card on the terminal…</source>
        <translation>Reembolsando en la tarjeta del cliente con el datáfono…</translation>
    </message>
    <message>
        <source>Ask the customer to present their card on the terminal…</source>
        <translation>Pida al cliente que acerque su tarjeta al datáfono…</translation>
    </message>
    <message>
        <source>Refunded to the card.</source>
        <translation>Reembolsado en la tarjeta.</translation>
    </message>
    <message>
        <source>The terminal cannot be reached. The refund is recorded as soon as it answers; do not refund again.</source>
        <translation>No se puede contactar con el datáfono. El reembolso se registrará en cuanto responda; no vuelva a reembolsar.</translation>
    </message>
    <message>
        <source>The card refund did not go through. Nothing was refunded: try again or choose another way.</source>
        <translation>El reembolso con tarjeta no se completó. No se ha reembolsado nada: inténtelo de nuevo o elija otra forma.</translation>
    </message>
    <message>
        <source>Refunded %1 to a new gift card.</source>
        <translation>Se han reembolsado %1 en una tarjeta regalo nueva.</translation>
    </message>
    <message>
        <source>Cash refunds are limited to %1. Refund to the card or a gift card.</source>
        <translation>Los reembolsos en efectivo tienen un límite de %1. Reembolse en la tarjeta o en una tarjeta regalo.</translation>
    </message>
    <message>
        <source>Open your cash drawer first (Settings, Cash drawer).</source>
        <translation>Abra antes su caja (Ajustes, Caja).</translation>
    </message>
    <message>
        <source>Give the customer %1 in cash.</source>
        <translation>Entregue al cliente %1 en efectivo.</translation>
    </message>
    <message>
        <source>Only %1 was paid by card. Refund that much to the card and the rest to a gift card or in cash.</source>
        <translation>Solo se pagaron %1 con tarjeta. Reembolse esa cantidad a la tarjeta y el resto a una tarjeta regalo o en efectivo.</translation>
    </message>
    <message>
        <source>The card refund could not be started. Nothing was refunded: try again.</source>
        <translation>No se pudo iniciar el reembolso a la tarjeta. No se ha reembolsado nada: inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>There is not enough cash in your drawer (%1). Refund to the card or a gift card.</source>
        <translation>No hay suficiente efectivo en su caja (%1). Reembolse a la tarjeta o a una tarjeta regalo.</translation>
    </message>
    <message>
        <source>The terminal&apos;s answer does not match this refund (another amount or currency). Check its receipt and call support; do not refund again.</source>
        <translation>La respuesta del terminal no coincide con esta devolución (otro importe u otra moneda). Revise su tique y llame a soporte; no vuelva a devolver.</translation>
    </message>
    <message>
        <source>A new gift card can only be issued while this tablet reaches the central service. Refund to the card or in cash, or try again when the tablet is online.</source>
        <translation>Solo se puede emitir una tarjeta regalo nueva mientras esta tableta conecta con el servicio central. Devuelva el importe a la tarjeta o en efectivo, o inténtelo de nuevo cuando la tableta tenga conexión.</translation>
    </message>
    <message>
        <source>the tablet&apos;s data is not open</source>
        <translation>los datos de la tableta no están abiertos</translation>
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
        <translation>Escriba un nombre, email, teléfono o tarjeta de fidelidad</translation>
    </message>
    <message>
        <source>Or scan the customer&apos;s loyalty card.</source>
        <translation>O escanee la tarjeta de fidelidad del cliente.</translation>
    </message>
    <message>
        <source>No customer of the chain has loyalty card %1. Check the number, or register the customer.</source>
        <translation>Ningún cliente de la cadena tiene la tarjeta de fidelidad %1. Revise el número o dé de alta al cliente.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <source>Register a new customer</source>
        <translation>Dar de alta un cliente nuevo</translation>
    </message>
    <message>
        <source>No connection: only this store&apos;s customers can be searched until it returns.</source>
        <translation>Sin conexión: hasta que vuelva solo se pueden buscar los clientes de esta tienda.</translation>
    </message>
    <message>
        <source>Searching the other stores…</source>
        <translation>Buscando en las demás tiendas…</translation>
    </message>
    <message>
        <source>Check the spelling, or try their phone number or email. New here? Register them with New customer.</source>
        <translation>Revise cómo está escrito o pruebe con su teléfono o su email. ¿Es nuevo? Dele de alta con Cliente nuevo.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>This is not a central service address. Type it as your IT team gave it, e.g. https://clienteling.example.com</source>
        <translation>Esta no es una dirección del servicio central. Escríbala tal como se la dio su equipo de IT, p. ej. https://clienteling.example.com</translation>
    </message>
    <message>
        <source>The address must start with https://. With http:// the enrolment code and customer data would travel unprotected over the network (http:// only works for a service on this tablet itself).</source>
        <translation>La dirección debe empezar por https://. Con http:// el código de alta y los datos de los clientes viajarían sin protección por la red (http:// solo sirve para un servicio en esta misma tableta).</translation>
    </message>
    <message>
        <source>The central service&apos;s security certificate is not valid yet. Check this tablet&apos;s date and time; if they are right, call IT support. Your changes stay on this tablet.</source>
        <translation>El certificado de seguridad del servicio central aún no es válido. Revise la fecha y la hora de esta tableta; si son correctas, llame a soporte de IT. Sus cambios se quedan en esta tableta.</translation>
    </message>
    <message>
        <source>The central service&apos;s security certificate has expired, so this tablet does not connect to it. Check this tablet&apos;s date and time; if they are right, call IT support to renew the certificate. Your changes stay on this tablet.</source>
        <translation>El certificado de seguridad del servicio central ha caducado, así que esta tableta no se conecta. Revise la fecha y la hora de esta tableta; si son correctas, llame a soporte de IT para que renueven el certificado. Sus cambios se quedan en esta tableta.</translation>
    </message>
    <message>
        <source>This tablet does not trust the security certificate of %1 (it is self-signed or from an unknown authority), so it does not connect. Check the address in Settings; if it is right, call IT support. Your changes stay on this tablet.</source>
        <translation>Esta tableta no confía en el certificado de seguridad de %1 (es autofirmado o de una autoridad desconocida), así que no se conecta. Revise la dirección en Ajustes; si es correcta, llame a soporte de IT. Sus cambios se quedan en esta tableta.</translation>
    </message>
    <message>
        <source>The security certificate of %1 is for another address, so this tablet does not connect. Check the address in Settings, or call IT support. Your changes stay on this tablet.</source>
        <translation>El certificado de seguridad de %1 es de otra dirección, así que esta tableta no se conecta. Revise la dirección en Ajustes o llame a soporte de IT. Sus cambios se quedan en esta tableta.</translation>
    </message>
    <message>
        <source>The security certificate of %1 cannot be used, so this tablet does not connect. Call IT support. Your changes stay on this tablet.</source>
        <translation>El certificado de seguridad de %1 no se puede usar, así que esta tableta no se conecta. Llame a soporte de IT. Sus cambios se quedan en esta tableta.</translation>
    </message>
    <message>
        <source>No secure connection could be made with %1. Check the address in Settings (the service must offer https://), or call IT support. Your changes stay on this tablet.</source>
        <translation>No se ha podido establecer una conexión segura con %1. Revise la dirección en Ajustes (el servicio debe ofrecer https://) o llame a soporte de IT. Sus cambios se quedan en esta tableta.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The tablet&apos;s data is not available. Restart the app.</source>
        <translation>Los datos de la tableta no están disponibles. Reinicie la app.</translation>
    </message>
    <message>
        <source>Enter your staff number and your 4 to 8 digit PIN.</source>
        <translation>Introduzca su número de empleado y su PIN de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Sign-in for %1 is locked on this tablet until %2; ask your manager if you need help sooner.</source>
        <translation>Demasiados PIN incorrectos. El inicio de sesión de %1 está bloqueado en esta tableta hasta el %2; pida ayuda a su responsable si la necesita antes.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Sign-in for %1 is locked on this tablet for 15 minutes.</source>
        <translation>Demasiados PIN incorrectos. El inicio de sesión de %1 queda bloqueado en esta tableta durante 15 minutos.</translation>
    </message>
    <message>
        <source>Staff number %1 belongs to another store and cannot sign in on this tablet.</source>
        <translation>El número de empleado %1 es de otra tienda y no puede iniciar sesión en esta tableta.</translation>
    </message>
    <message numerus="yes">
        <source>Staff number or PIN is not right. %n attempt(s) left.</source>
        <translation>
            <numerusform>El número de empleado o el PIN no son correctos. Queda %n intento.</numerusform>
            <numerusform>El número de empleado o el PIN no son correctos. Quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in for %1 is locked after too many wrong PINs. Ask a manager of this store to unlock it.</source>
        <translation>El acceso de %1 está bloqueado tras demasiados PIN incorrectos. Pida a un responsable de esta tienda que lo desbloquee.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Sign-in for %1 is locked on every tablet of the store until a manager unlocks it.</source>
        <translation>Demasiados PIN incorrectos. El acceso de %1 queda bloqueado en todas las tabletas de la tienda hasta que un responsable lo desbloquee.</translation>
    </message>
    <message>
        <source>Only a manager who is signed in can unlock a colleague.</source>
        <translation>Solo un responsable con la sesión iniciada puede desbloquear a un compañero.</translation>
    </message>
    <message>
        <source>There is no staff member %1 on this tablet.</source>
        <translation>No hay ningún empleado %1 en esta tableta.</translation>
    </message>
    <message>
        <source>%1 could not be unlocked: only a manager of their store can do it.</source>
        <translation>No se ha podido desbloquear a %1: solo puede hacerlo un responsable de su tienda.</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <extracomment>When a staff member&apos;s sign-in was locked, e.g. &quot;Locked: Today 10:42&quot;</extracomment>
        <translation>Bloqueado: %1</translation>
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
        <translation>Todavía no está registrada en ninguna tienda</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>%1, manager</source>
        <extracomment>Associate name, e.g. &quot;Lucía Martín, manager&quot;</extracomment>
        <translation>%1, responsable</translation>
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
    <name>SizeButton</name>
    <message numerus="yes">
        <source>Size %1, %n here</source>
        <extracomment>A size button: the size, then how many this store has</extracomment>
        <translation>
            <numerusform>Talla %1, %n aquí</numerusform>
            <numerusform>Talla %1, %n aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>Size %1, none here</source>
        <translation>Talla %1, ninguno aquí</translation>
    </message>
    <message>
        <source>One size</source>
        <extracomment>A style sold in one size only</extracomment>
        <translation>Talla única</translation>
    </message>
    <message numerus="yes">
        <source>%n here</source>
        <extracomment>Units of a size in this store, under the size</extracomment>
        <translation>
            <numerusform>%n aquí</numerusform>
            <numerusform>%n aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>None here</source>
        <translation>Ninguno aquí</translation>
    </message>
</context>
<context>
    <name>StaffLocksSection</name>
    <message>
        <source>%1 can sign in again.</source>
        <extracomment>%1 is the colleague&apos;s name</extracomment>
        <translation>%1 ya puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Locked sign-ins</source>
        <translation>Accesos bloqueados</translation>
    </message>
    <message>
        <source>After five wrong PINs a colleague cannot sign in on any tablet of the store until a manager unlocks them. Check it is really them first.</source>
        <translation>Tras cinco PIN incorrectos, un compañero no puede iniciar sesión en ninguna tableta de la tienda hasta que un responsable lo desbloquee. Compruebe antes que es realmente él o ella.</translation>
    </message>
    <message>
        <source>Nobody is locked out.</source>
        <translation>No hay nadie bloqueado.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Colleague and staff number, e.g. &quot;Lucía Fernández (1001)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <source>This store</source>
        <translation>Esta tienda</translation>
    </message>
    <message>
        <source>Counted %1</source>
        <translation>Contado %1</translation>
    </message>
    <message>
        <source>Live from the central service, %1</source>
        <translation>En directo del servicio central (%1)</translation>
    </message>
    <message>
        <source>Offline copy from the last sync, %1. Stock may have changed.</source>
        <translation>Copia local de la última sincronización (%1). El stock puede haber cambiado.</translation>
    </message>
    <message>
        <source>Offline copy. Stock may have changed.</source>
        <translation>Copia local. El stock puede haber cambiado.</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Offline copy</source>
        <translation>Copia local</translation>
    </message>
    <message>
        <source>Ask for live stock again</source>
        <translation>Volver a consultar el stock en directo</translation>
    </message>
    <message>
        <source>Choose a size to see where it is in stock.</source>
        <translation>Elija una talla para ver dónde hay stock.</translation>
    </message>
    <message>
        <source>No stock of this size anywhere.</source>
        <translation>No hay stock de esta talla en ningún sitio.</translation>
    </message>
</context>
<context>
    <name>StockRow</name>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform>%n disponible</numerusform>
            <numerusform>%n disponibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reserved</source>
        <translation>
            <numerusform>%n reservado</numerusform>
            <numerusform>%n reservados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in transit</source>
        <translation>
            <numerusform>%n en tránsito</numerusform>
            <numerusform>%n en tránsito</numerusform>
        </translation>
    </message>
    <message>
        <source>available</source>
        <extracomment>Under the number of units that can be sold at a location</extracomment>
        <translation>disponibles</translation>
    </message>
</context>
<context>
    <name>StoreFailedPage</name>
    <message>
        <source>The tablet&apos;s data could not be opened</source>
        <translation>No se han podido abrir los datos de la tableta</translation>
    </message>
    <message>
        <source>Customers and products come back from the central service at the next sync.</source>
        <translation>Los clientes y los productos vuelven desde el servicio central en la próxima sincronización.</translation>
    </message>
    <message>
        <source>If restarting the tablet does not help, call the help desk and read them the message above.</source>
        <translation>Si reiniciar la tableta no lo arregla, llame al servicio de ayuda y léales el mensaje de arriba.</translation>
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
</context>
<context>
    <name>SyncEngine</name>
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
        <source>This tablet is enrolled. Syncing the store&apos;s data…</source>
        <translation>Esta tableta está registrada. Sincronizando los datos de la tienda…</translation>
    </message>
    <message>
        <source>Cannot reach the central service at %1. Check the address and the Wi-Fi, then try again.</source>
        <translation>No se puede contactar con el servicio central en %1. Compruebe la dirección y la wifi e inténtelo de nuevo.</translation>
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
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
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
    <message>
        <source>A change on this tablet is too large for the central service and cannot be sent. Nothing has been deleted. Call IT support.</source>
        <translation>Un cambio de esta tableta es demasiado grande para el servicio central y no se puede enviar. No se ha borrado nada. Llame al soporte informático.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong enrolment codes were tried from this network. Wait %n minute(s), then type the code exactly as your manager gave it.</source>
        <translation>
            <numerusform>Se han probado demasiados códigos de alta incorrectos desde esta red. Espere %n minuto y escriba el código tal como se lo dio su responsable.</numerusform>
            <numerusform>Se han probado demasiados códigos de alta incorrectos desde esta red. Espere %n minutos y escriba el código tal como se lo dio su responsable.</numerusform>
        </translation>
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
        <source>Waiting to upload: %1</source>
        <extracomment>Changes made on this tablet, not yet sent; %1 is how many</extracomment>
        <translation>Pendientes de subir: %1</translation>
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
        <source>Order %1: %2</source>
        <extracomment>An order&apos;s progress in the timeline: order number, then its status</extracomment>
        <translation>Pedido %1: %2</translation>
    </message>
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
        <source>Tracking %1</source>
        <extracomment>A parcel&apos;s tracking number in the timeline, after the carrier&apos;s name</extracomment>
        <translation>Seguimiento %1</translation>
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
        <translation>Pulse Todo para ver todos los canales.</translation>
    </message>
    <message>
        <source>Purchases, orders, visits and contacts show up here.</source>
        <translation>Aquí aparecen las compras, los pedidos, las visitas y los contactos.</translation>
    </message>
    <message>
        <source>Still receiving customer data</source>
        <translation>Aún se están recibiendo los datos de clientes</translation>
    </message>
    <message>
        <source>This tablet has not finished its first sync with the central service. This customer&apos;s activity shows up here when it has.</source>
        <translation>Esta tableta aún no ha terminado su primera sincronización con el servicio central. La actividad de este cliente aparecerá aquí cuando termine.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer here</source>
        <translation>Traer a esta tienda</translation>
    </message>
    <message>
        <source>Which location sends %1 to this store?</source>
        <extracomment>%1 is the product, colour and size</extracomment>
        <translation>¿Desde dónde se envía %1 a esta tienda?</translation>
    </message>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform>%n disponible</numerusform>
            <numerusform>%n disponibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Request transfer</source>
        <translation>Solicitar traspaso</translation>
    </message>
</context>
</TS>
