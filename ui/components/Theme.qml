// SPDX-License-Identifier: MIT
pragma Singleton
import QtQuick

// Sizes and colours every screen uses: 48 px touch targets, one spacing scale.
QtObject {
    readonly property int touchTarget: 48
    readonly property int spacing: 8
    readonly property int margin: 16
    readonly property int radius: 8
    readonly property int fontCaption: 12
    readonly property int fontSmall: 13
    readonly property int fontBody: 15
    readonly property int fontTitle: 20
    readonly property int fontHeadline: 26
    /** Widest a column of text or a form gets, so lines stay readable in landscape. */
    readonly property int readableWidth: 880
    readonly property color accent: "#00695c"
    readonly property color accentLight: "#e0f2f1"
    readonly property color text: "#1f2a2a"
    readonly property color muted: "#5f6f76"
    readonly property color divider: "#dfe5e5"
    readonly property color warning: "#e65100"
    readonly property color error: "#c62828"
    readonly property color ok: "#2e7d32"
    readonly property color surface: "#ffffff"
    readonly property color background: "#f4f6f6"

    /** An icon under resources/icons, e.g. "channel/web". */
    function icon(name: string): string {
        return name ? "qrc:/icons/" + name + ".svg" : ""
    }

    function channelColor(code: string): color {
        switch (code) {
        case "web": return "#1565c0"
        case "app": return "#6a1b9a"
        case "store": return "#00695c"
        case "call_centre": return "#e65100"
        case "email": return "#ad1457"
        }
        return muted
    }

    function channelIcon(code: string): string {
        switch (code) {
        case "web":
        case "app":
        case "store":
        case "call_centre":
        case "email":
            return "channel/" + code
        }
        return "tag"
    }

    function tierColor(code: string): color {
        switch (code) {
        case "silver": return "#546e7a"
        case "gold": return "#9a6b00"
        case "platinum": return "#37474f"
        }
        return "#00796b"
    }

    /** The colour an order's or a line's status reads in: waiting, moving, done, stopped. */
    function statusColor(code: string): color {
        switch (code) {
        case "needs_action":
        case "unallocated":
        case "not_collected":
            return warning
        case "ready_for_pickup":
        case "allocated":
        case "shipped":
            return accent
        case "collected":
        case "delivered":
        case "completed":
        case "fulfilled":
            return ok
        case "cancelled":
        case "returned":
        case "returned_to_stock":
            return muted
        }
        return "#1565c0"
    }

    /** "store" or "warehouse" as an icon. */
    function locationIcon(kind: string): string {
        return kind === "warehouse" ? "warehouse" : "store"
    }

    // The product categories we draw; any other category shows a plain tag.
    readonly property list<string> categoryIcons: ["accessories", "bags", "beauty", "dresses", "home",
        "jackets", "jeans", "knitwear", "lingerie", "outerwear", "scarves", "shirts", "shoes",
        "skirts", "sportswear", "suits", "tops", "trousers"]

    /** "category/knitwear" for a style's category or its image path; "tag" when unknown. */
    function categoryIcon(category: string): string {
        const slug = category.toLowerCase().replace(/^category\//, "").replace(/[^a-z]+/g, "")
        return categoryIcons.indexOf(slug) >= 0 ? "category/" + slug : "tag"
    }
}
