// Deterministic generator for the `shop` dataset.
// Usage: node datasets/shop/generate.mjs   (from anywhere; writes ./data/*.csv next to this file)
// No dependencies, no clock, no network: a seeded mulberry32 PRNG drives every choice.
import { createSampler, csvWriter } from '../generator-support.mjs'

// ---------------------------------------------------------------- PRNG helpers
const { random, randInt, pick, chance, normal, pickWeighted } = createSampler(0x5109_2025)

// ---------------------------------------------------------------- date helpers (day = days since 1970-01-01 UTC)
const day = (y, m, d) => Date.UTC(y, m - 1, d) / 86400000
const fmtDate = (d) => new Date(d * 86400000).toISOString().slice(0, 10)
const fmtTs = (s) => new Date(s * 1000).toISOString().slice(0, 19).replace('T', ' ')
const dow = (d) => new Date(d * 86400000).getUTCDay() // 0 = Sunday
const ymd = (d) => {
  const x = new Date(d * 86400000)
  return [x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate()]
}
const FIRST_SIGNUP = day(2022, 1, 1)
const ORDERS_FROM = day(2023, 1, 1)
const END = day(2025, 6, 30)
const CUTOFF = (END + 1) * 86400 - 1 // 2025-06-30 23:59:59
const WEB_FROM = day(2025, 4, 1)

const cents = (c) => {
  const neg = c < 0
  c = Math.abs(c)
  return (neg ? '-' : '') + Math.trunc(c / 100) + '.' + String(c % 100).padStart(2, '0')
}

// ---------------------------------------------------------------- CSV
const writeCsv = csvWriter(import.meta.url)

// ================================================================= categories
// [id, name, parent_id]
const CATEGORIES = [
  [1, 'Home', null],
  [2, 'Outdoor', null],
  [3, 'Kitchen', 1],
  [4, 'Living Room', 1],
  [5, 'Bedroom', 1],
  [6, 'Bathroom', 1],
  [7, 'Garden', 2],
  [8, 'Patio', 2],
  [9, 'Camping', 2],
  [10, 'Cookware', 3],
  [11, 'Frying Pans', 10],
  [12, 'Pots & Saucepans', 10],
  [13, 'Bakeware', 10],
  [14, 'Tableware', 3],
  [15, 'Kitchen Storage', 3],
  [16, 'Kitchen Tools', 3],
  [17, 'Lighting', 4],
  [18, 'Cushions & Throws', 4],
  [19, 'Rugs', 4],
  [20, 'Wall Decor', 4],
  [21, 'Bedding', 5],
  [22, 'Pillows & Duvets', 5],
  [23, 'Towels', 6],
  [24, 'Bath Accessories', 6],
  [25, 'Garden Tools', 7],
  [26, 'Hand Tools', 25],
  [27, 'Power Tools', 25],
  [28, 'Planters', 7],
  [29, 'Watering', 7],
  [30, 'Outdoor Furniture', 8],
  [31, 'Grills', 8],
  [32, 'Grill Accessories', 31],
  [33, 'Outdoor Lighting', 8],
  [34, 'Tents', 9],
  [35, 'Sleeping Gear', 9],
  [36, 'Camp Kitchen', 9],
  [37, 'Hammocks', 9],
]
const catParent = new Map(CATEGORIES.map(([id, , p]) => [id, p]))
const catName = new Map(CATEGORIES.map(([id, n]) => [id, n]))
const rootOf = (c) => {
  while (catParent.get(c) !== null) c = catParent.get(c)
  return c
}

// ================================================================= products
// per category: [sku code, [[name, price], ...]]
const CATALOG = {
  11: ['FRY', [['Nonstick Frying Pan 24 cm', 29.99], ['Nonstick Frying Pan 28 cm', 34.99], ['Cast Iron Skillet 26 cm', 44.99], ['Carbon Steel Wok 32 cm', 39.99], ['Stainless Sauté Pan 28 cm', 59.99], ['Ceramic Grill Pan 28 cm', 42.99], ['Crêpe Pan 26 cm', 24.99]]],
  12: ['POT', [['Stainless Saucepan 16 cm', 27.99], ['Stainless Saucepan 18 cm', 31.99], ['Stockpot 24 cm', 49.99], ['Enamelled Dutch Oven 24 cm', 89.99], ['Enamelled Dutch Oven 28 cm', 109.0], ['Milk Pan 14 cm', 19.99], ['Pasta Pot with Strainer 5 L', 44.99]]],
  13: ['BAK', [['Springform Cake Tin 26 cm', 16.99], ['Loaf Tin 900 g', 11.99], ['Muffin Tray 12-Cup', 14.99], ['Baking Sheet Set of 2', 21.99], ['Ceramic Pie Dish 28 cm', 18.99], ['Silicone Baking Mat', 9.99], ['Glass Roasting Dish 3 L', 22.99]]],
  14: ['TBL', [['Stoneware Dinner Plate', 8.99], ['Stoneware Side Plate', 6.49], ['Stoneware Bowl', 6.99], ['Porcelain Mug 350 ml', 5.99], ['Wine Glasses Set of 4', 24.99], ['Tumbler Glasses Set of 6', 17.99], ['Cutlery Set 24-Piece', 49.99], ['Linen Napkins Set of 4', 19.99]]],
  15: ['STO', [['Glass Storage Jar 1 L', 7.99], ['Food Container Set 10-Piece', 29.99], ['Bamboo Bread Bin', 34.99], ['Spice Rack with 12 Jars', 27.99], ['Beeswax Food Wraps Set of 3', 14.99], ['Stackable Pantry Bins Set of 3', 24.99]]],
  16: ['KTL', [["Chef's Knife 20 cm", 49.99], ['Knife Block Set 6-Piece', 119.0], ['Olive Wood Spoon Set', 16.99], ['Bamboo Cutting Board Large', 22.99], ['Digital Kitchen Scale', 19.99], ['Stainless Whisk', 8.99], ['Oak Pepper Mill', 24.99], ['Silicone Spatula Set of 3', 12.99]]],
  17: ['LGT', [['Rattan Pendant Lamp', 69.99], ['Brass Floor Lamp', 149.0], ['Ceramic Table Lamp', 59.99], ['LED Reading Lamp', 39.99], ['Linen Lamp Shade 40 cm', 29.99], ['Smart LED Bulb E27', 12.99], ['Indoor String Lights 10 m', 19.99]]],
  18: ['CUS', [['Linen Cushion Cover 50x50', 17.99], ['Velvet Cushion 45x45', 24.99], ['Wool Throw Blanket', 64.99], ['Chunky Knit Throw', 54.99], ['Cotton Waffle Throw', 39.99], ['Feather Cushion Insert 50x50', 12.99]]],
  19: ['RUG', [['Jute Rug 160x230', 129.0], ['Wool Berber Rug 200x300', 289.0], ['Washable Runner 80x200', 59.99], ['Flatweave Rug 120x170', 79.99], ['Round Braided Rug 150 cm', 99.99], ['Faux Sheepskin Rug 60x90', 34.99]]],
  20: ['DEC', [['Oak Frame 30x40', 19.99], ['Round Wall Mirror 60 cm', 79.99], ['Botanical Print Set of 3', 44.99], ['Macramé Wall Hanging', 29.99], ['Floating Shelf 60 cm', 27.99], ['Walnut Wall Clock 30 cm', 39.99]]],
  21: ['BED', [['Percale Duvet Cover Double', 59.99], ['Percale Duvet Cover King', 69.99], ['Linen Duvet Cover Double', 119.0], ['Fitted Sheet Double', 24.99], ['Fitted Sheet King', 29.99], ['Flannel Bedding Set Double', 74.99], ['Pillowcase Pair', 16.99]]],
  22: ['PIL', [['Microfibre Pillow', 19.99], ['Memory Foam Pillow', 44.99], ['Down Pillow', 59.99], ['All-Season Duvet Double', 89.99], ['Summer Duvet Double', 64.99], ['Mattress Topper Double', 99.99], ['Mattress Protector Double', 29.99]]],
  23: ['TOW', [['Cotton Bath Towel', 19.99], ['Cotton Hand Towel', 9.99], ['Bath Sheet', 29.99], ['Waffle Guest Towel', 6.99], ['Cotton Bath Mat', 17.99], ['Hammam Towel', 24.99], ['Kids Hooded Towel', 21.99]]],
  24: ['BTH', [['Stoneware Soap Dispenser', 14.99], ['Toothbrush Holder', 9.99], ['Stainless Shower Caddy', 27.99], ['Bamboo Bath Tray', 34.99], ['Seagrass Laundry Basket', 39.99], ['Pedal Bin 5 L', 24.99], ['Linen-Look Shower Curtain', 22.99]]],
  26: ['HND', [['Hand Trowel', 12.99], ['Hand Fork', 12.99], ['Bypass Pruning Shears', 24.99], ['Garden Gloves', 9.99], ['Hedge Shears', 34.99], ['Border Spade', 39.99], ['Leaf Rake', 22.99], ['Weeding Knife', 11.99]]],
  27: ['PWR', [['Cordless Hedge Trimmer 18V', 129.0], ['Cordless Grass Trimmer 18V', 99.99], ['Electric Lawn Mower 37 cm', 219.0], ['Cordless Leaf Blower 18V', 89.99], ['Battery Pack 18V 4.0 Ah', 69.99], ['Pressure Washer 130 bar', 179.0]]],
  28: ['PLN', [['Terracotta Pot 20 cm', 9.99], ['Terracotta Pot 30 cm', 16.99], ['Glazed Planter 40 cm', 49.99], ['Balcony Railing Planter 60 cm', 19.99], ['Larch Raised Bed 120x80', 139.0], ['Hanging Basket', 14.99], ['Self-Watering Window Box', 24.99]]],
  29: ['WAT', [['Metal Watering Can 5 L', 29.99], ['Garden Hose 25 m', 34.99], ['Hose Reel Cart', 59.99], ['Spray Nozzle 8-Pattern', 12.99], ['Drip Irrigation Kit', 44.99], ['Rain Barrel 200 L', 79.99], ['Oscillating Sprinkler', 24.99]]],
  30: ['FUR', [['Acacia Bistro Set', 179.0], ['Folding Garden Chair', 49.99], ['Teak Garden Bench', 329.0], ['Aluminium Sun Lounger', 149.0], ['Outdoor Dining Table 6-Seater', 449.0], ['Patio Parasol 3 m', 119.0], ['Outdoor Seat Pad', 19.99], ['Hanging Egg Chair', 259.0]]],
  31: ['GRL', [['Charcoal Kettle Grill 57 cm', 189.0], ['Gas Grill 3-Burner', 449.0], ['Portable Gas Grill', 159.0], ['Kamado Grill 18 in', 699.0], ['Electric Balcony Grill', 129.0]]],
  32: ['GRA', [['Grill Tool Set 3-Piece', 29.99], ['Grill Cover Medium', 34.99], ['Chimney Starter', 24.99], ['Charcoal Briquettes 10 kg', 17.99], ['Digital Meat Thermometer', 22.99], ['Cast Iron Grill Grate', 49.99], ['Beech Smoking Chips', 8.99]]],
  33: ['OLT', [['Solar Path Lights Set of 4', 29.99], ['Solar String Lights 15 m', 24.99], ['Outdoor Wall Lantern', 44.99], ['LED Flood Light with Sensor', 39.99], ['Rechargeable Lantern', 34.99], ['Festoon Lights 10 m', 49.99]]],
  34: ['TNT', [['Dome Tent 2-Person', 129.0], ['Dome Tent 4-Person', 219.0], ['Tunnel Tent 6-Person', 399.0], ['Ultralight Tent 1-Person', 249.0], ['Pop-Up Beach Shelter', 49.99], ['Tent Footprint 2-Person', 24.99]]],
  35: ['SLP', [['Synthetic Sleeping Bag 3-Season', 69.99], ['Down Sleeping Bag 3-Season', 189.0], ['Self-Inflating Sleeping Pad', 59.99], ['Foam Sleeping Mat', 19.99], ['Inflatable Camping Pillow', 14.99], ['Kids Sleeping Bag', 39.99]]],
  36: ['CMK', [['Camping Pot Set 2-Piece', 34.99], ['Gas Camp Stove', 44.99], ['Enamel Camping Mug', 9.99], ['Folding Camp Table', 54.99], ['Collapsible Water Carrier 10 L', 14.99], ['Cool Box 30 L', 59.99], ['Titanium Spork', 7.99], ['Gas Canister 450 g', 8.99]]],
  9: ['CMP', [['LED Headlamp', 24.99], ['Folding Camping Chair', 34.99]]],
}
// bundles: [name, category, [[component name, qty], ...]]  (components may be bundles defined earlier)
const BUNDLES = [
  ['Cookware Essentials Set', 10, [['Nonstick Frying Pan 28 cm', 1], ['Stainless Saucepan 18 cm', 1], ['Stockpot 24 cm', 1], ['Olive Wood Spoon Set', 1]]],
  ['Dinner Set for Four', 14, [['Stoneware Dinner Plate', 4], ['Stoneware Side Plate', 4], ['Stoneware Bowl', 4], ['Porcelain Mug 350 ml', 4]]],
  ['Complete Kitchen Starter', 3, [['Cookware Essentials Set', 1], ['Dinner Set for Four', 1], ["Chef's Knife 20 cm", 1], ['Bamboo Cutting Board Large', 1], ['Cutlery Set 24-Piece', 1]]],
  ['Bath Towel Bundle', 23, [['Cotton Bath Towel', 2], ['Cotton Hand Towel', 2], ['Waffle Guest Towel', 2], ['Cotton Bath Mat', 1]]],
  ['Family Home Starter', 1, [['Complete Kitchen Starter', 1], ['Bath Towel Bundle', 2], ['Microfibre Pillow', 4]]],
  ['Camp Cook Kit', 36, [['Camping Pot Set 2-Piece', 1], ['Gas Camp Stove', 1], ['Enamel Camping Mug', 2], ['Titanium Spork', 2], ['Gas Canister 450 g', 2]]],
  ['Two-Person Camping Kit', 9, [['Dome Tent 2-Person', 1], ['Synthetic Sleeping Bag 3-Season', 2], ['Self-Inflating Sleeping Pad', 2], ['Camp Cook Kit', 1], ['Tent Footprint 2-Person', 1]]],
  ['Family Camping Kit', 9, [['Dome Tent 4-Person', 1], ['Synthetic Sleeping Bag 3-Season', 2], ['Kids Sleeping Bag', 2], ['Self-Inflating Sleeping Pad', 4], ['Camp Cook Kit', 2], ['Folding Camp Table', 1]]],
  ['Weekend Adventure Bundle', 2, [['Two-Person Camping Kit', 1], ['LED Headlamp', 2], ['Folding Camping Chair', 2], ['Cool Box 30 L', 1]]],
  ['Grill Master Set', 31, [['Charcoal Kettle Grill 57 cm', 1], ['Grill Tool Set 3-Piece', 1], ['Grill Cover Medium', 1], ['Chimney Starter', 1], ['Charcoal Briquettes 10 kg', 2]]],
  ['Garden Starter Kit', 25, [['Hand Trowel', 1], ['Hand Fork', 1], ['Bypass Pruning Shears', 1], ['Garden Gloves', 2], ['Metal Watering Can 5 L', 1]]],
  ['Balcony Garden Set', 7, [['Garden Starter Kit', 1], ['Balcony Railing Planter 60 cm', 3], ['Terracotta Pot 20 cm', 4], ['Solar String Lights 15 m', 1]]],
]
// pairs bought together (basket analysis)
const AFFINITY = [
  ['Nonstick Frying Pan 28 cm', 'Silicone Spatula Set of 3'],
  ['Nonstick Frying Pan 24 cm', 'Silicone Spatula Set of 3'],
  ['Cast Iron Skillet 26 cm', 'Olive Wood Spoon Set'],
  ['Stoneware Dinner Plate', 'Stoneware Side Plate'],
  ['Stoneware Dinner Plate', 'Stoneware Bowl'],
  ['Stoneware Side Plate', 'Stoneware Bowl'],
  ['Porcelain Mug 350 ml', 'Stoneware Bowl'],
  ['Wine Glasses Set of 4', 'Linen Napkins Set of 4'],
  ['Springform Cake Tin 26 cm', 'Silicone Baking Mat'],
  ['Charcoal Kettle Grill 57 cm', 'Charcoal Briquettes 10 kg'],
  ['Charcoal Kettle Grill 57 cm', 'Chimney Starter'],
  ['Chimney Starter', 'Charcoal Briquettes 10 kg'],
  ['Gas Grill 3-Burner', 'Grill Cover Medium'],
  ['Kamado Grill 18 in', 'Digital Meat Thermometer'],
  ['Dome Tent 2-Person', 'Synthetic Sleeping Bag 3-Season'],
  ['Dome Tent 2-Person', 'Tent Footprint 2-Person'],
  ['Synthetic Sleeping Bag 3-Season', 'Self-Inflating Sleeping Pad'],
  ['Down Sleeping Bag 3-Season', 'Self-Inflating Sleeping Pad'],
  ['Gas Camp Stove', 'Gas Canister 450 g'],
  ['Camping Pot Set 2-Piece', 'Gas Camp Stove'],
  ['Terracotta Pot 20 cm', 'Terracotta Pot 30 cm'],
  ['Garden Hose 25 m', 'Spray Nozzle 8-Pattern'],
  ['Garden Hose 25 m', 'Hose Reel Cart'],
  ['Percale Duvet Cover Double', 'Fitted Sheet Double'],
  ['Percale Duvet Cover Double', 'Pillowcase Pair'],
  ['Fitted Sheet King', 'Percale Duvet Cover King'],
  ['Cotton Bath Towel', 'Cotton Hand Towel'],
  ['Cordless Hedge Trimmer 18V', 'Battery Pack 18V 4.0 Ah'],
  ['Cordless Grass Trimmer 18V', 'Battery Pack 18V 4.0 Ah'],
  ['Rattan Pendant Lamp', 'Smart LED Bulb E27'],
  ['Ceramic Table Lamp', 'Linen Lamp Shade 40 cm'],
  ['Wool Throw Blanket', 'Velvet Cushion 45x45'],
  ['Linen Cushion Cover 50x50', 'Feather Cushion Insert 50x50'],
  ['Acacia Bistro Set', 'Outdoor Seat Pad'],
  ['Memory Foam Pillow', 'Pillowcase Pair'],
]
const MULTI_QTY = /Plate|Bowl|Mug|Hand Towel|Guest Towel|Bath Towel|Terracotta|Storage Jar|Canister|Briquettes|Cushion|Microfibre Pillow|Smart LED|Folding Garden Chair|Seat Pad|Pillowcase|Camping Chair/

const products = []
const byName = new Map()
for (const [catStr, [code, items]] of Object.entries(CATALOG)) {
  const cat = Number(catStr)
  let seq = 0
  for (const [name, price] of items) {
    seq++
    const p = { name, category_id: cat, code, seq, price: Math.round(price * 100), bundle: false }
    products.push(p)
    byName.set(name, p)
  }
}
for (const [name, cat, comps] of BUNDLES) {
  const p = { name, category_id: cat, code: 'SET', seq: 0, price: 0, bundle: true, comps: comps.map(([n, q]) => [byName.get(n), q]) }
  for (const [c] of p.comps) if (!c) throw new Error('unknown component in ' + name)
  products.push(p)
  byName.set(name, p)
}
// interleave: sort base products by category then seq, bundles last (ids 1..n)
products.forEach((p, i) => (p.product_id = i + 1))
let setSeq = 0
for (const p of products) {
  if (p.bundle) p.seq = ++setSeq
  p.sku = `${p.code}-${String(1000 + p.seq * 7 + (p.category_id % 7)).padStart(4, '0')}`
}
const components = new Set()
for (const p of products) if (p.bundle) for (const [c] of p.comps) components.add(c)

// cost ratio and launch dates for base products
// round to a price point: whole euros for prices like 129.00, otherwise x.99
const roundPrice = (c, whole = false) => (whole ? Math.round(c / 100) * 100 : Math.ceil(c / 100) * 100 - 1)
for (const p of products) {
  if (p.bundle) continue
  p.cost = Math.round(p.price * (0.38 + random() * 0.22))
  if (components.has(p) || chance(0.8)) p.launch = FIRST_SIGNUP + randInt(0, 364)
  else p.launch = ORDERS_FROM + randInt(30, END - ORDERS_FROM - 40)
  p.pop = Math.exp(normal() * 0.75) * Math.pow(p.price / 100, -0.45)
}
// a few late launches (June 2025) that will have no or almost no sales
for (const n of ['Hanging Egg Chair', 'Festoon Lights 10 m', 'Kids Hooded Towel']) byName.get(n).launch = day(2025, 6, randInt(18, 27))
// bundles: price = ~88% of components at list price, launched after all components
function bundleTotals(p) {
  if (!p.bundle) return [p.price, p.cost, p.launch]
  let price = 0, cost = 0, launch = 0
  for (const [c, q] of p.comps) {
    const [cp, cc, cl] = bundleTotals(c)
    price += cp * q
    cost += cc * q
    launch = Math.max(launch, cl)
  }
  return [price, cost, launch]
}
for (const p of products) {
  if (!p.bundle) continue
  const [sum, cost, launch] = bundleTotals(p)
  p.price = roundPrice(Math.round(sum * (0.86 + random() * 0.04)))
  p.cost = cost
  p.launch = Math.max(launch, ORDERS_FROM) + randInt(20, 420)
  p.pop = 0.07 * Math.exp(normal() * 0.4)
}
// discontinued: some base products (never bundle components), stopped selling at a hidden date
const discCandidates = products.filter((p) => !p.bundle && !components.has(p) && p.launch < ORDERS_FROM)
const discontinued = new Set()
while (discontinued.size < 11) discontinued.add(pick(discCandidates))
for (const p of discontinued) {
  p.discontinued = true
  p.stop = day(2023, 6, 1) + randInt(0, day(2025, 3, 31) - day(2023, 6, 1))
}
// historic price paid: list price is the 2025 price; +3% on 2025-01-01 and +4% on 2024-01-01
function priceOn(p, d) {
  if (d >= day(2025, 1, 1)) return p.price
  const f = d >= day(2024, 1, 1) ? 1.03 : 1.03 * 1.04
  return Math.min(p.price, roundPrice(Math.round(p.price / f), p.price % 100 === 0))
}
const partners = new Map(products.map((p) => [p, []]))
for (const [a, b] of AFFINITY) {
  const pa = byName.get(a), pb = byName.get(b)
  if (!pa || !pb) throw new Error('affinity ' + a + ' / ' + b)
  partners.get(pa).push(pb)
  partners.get(pb).push(pa)
}

// ================================================================= customers
const COUNTRIES = ['Germany', 'United Kingdom', 'France', 'Netherlands', 'Spain', 'Italy', 'Sweden', 'Poland', 'Austria', 'Ireland']
const COUNTRY_W = [22, 17, 13, 11, 9, 8, 7, 6, 4, 3]
const NAMES = {
  de: [
    'Lukas Leon Finn Jonas Paul Felix Maximilian Tobias Sebastian Jan Moritz Anna Lena Laura Julia Sophie Marie Hannah Katrin Sabine Miriam Jana Johanna Clara'.split(' '),
    'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schulz Koch Richter Klein Wolf Neumann Braun Zimmermann Krüger Hartmann Lange Werner Huber Gruber Bauer'.split(' '),
  ],
  uk: [
    'Oliver George Harry Jack Charlie Thomas James William Daniel Samuel Amelia Olivia Emily Isla Grace Chloe Jessica Charlotte Lucy Megan Sarah Ciara Aoife Sean Niamh Conor'.split(' '),
    "Smith Jones Taylor Brown Williams Wilson Evans Thomas Roberts Walker Wright Robinson Thompson White Hughes Edwards Green Hall Wood Harris Murphy Kelly O'Brien Byrne Ryan Walsh".split(' '),
  ],
  fr: [
    'Louis Gabriel Hugo Arthur Jules Lucas Raphaël Théo Antoine Nicolas Camille Manon Chloé Léa Inès Emma Juliette Élise Margaux Pauline'.split(' '),
    'Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Girard Bonnet'.split(' '),
  ],
  nl: [
    'Daan Sem Lars Bram Thijs Ruben Jesse Joost Pieter Sanne Femke Lotte Fleur Eva Noor Anouk Iris Maud'.split(' '),
    'de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer'.split('|'),
  ],
  es: [
    'Hugo Martín Lucas Mateo Pablo Alejandro Daniel Javier Sergio Lucía Sofía María Paula Carmen Elena Marta Laura Irene Alba Nuria'.split(' '),
    'García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Álvarez Romero Navarro Torres Molina'.split(' '),
  ],
  it: [
    'Leonardo Francesco Alessandro Lorenzo Matteo Andrea Marco Giuseppe Luca Davide Giulia Sofia Aurora Alice Chiara Francesca Martina Elena Sara Valentina'.split(' '),
    'Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Costa|Giordano|Mancini|Rizzo|Lombardi|Moretti'.split('|'),
  ],
  se: [
    'Erik Lars Anders Johan Karl Oskar Axel Nils Gustav Linnea Elsa Maja Ebba Astrid Ingrid Frida Sara Karin Emma Wilma'.split(' '),
    'Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Lindberg Lindqvist Berg Lundgren Holm Sandberg Ek Nyström'.split(' '),
  ],
  pl: [
    'Jakub Kacper Szymon Jan Filip Mateusz Piotr Tomasz Michał Zuzanna Julia Maja Aleksandra Natalia Anna Katarzyna Magdalena Agnieszka Wiktoria Oliwia'.split(' '),
    'Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski'.split(' '),
  ],
}
const COUNTRY_NAMES = { Germany: 'de', Austria: 'de', 'United Kingdom': 'uk', Ireland: 'uk', France: 'fr', Netherlands: 'nl', Spain: 'es', Italy: 'it', Sweden: 'se', Poland: 'pl' }
const DOMAINS = ['example.com', 'example.com', 'example.com', 'example.net', 'example.net', 'example.org']
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').toLowerCase().replace(/[^a-z]/g, '')
const usedEmails = new Set()
function makePerson(country) {
  const [firsts, lasts] = NAMES[COUNTRY_NAMES[country]]
  const first = pick(firsts)
  let last = pick(lasts)
  if (country === 'Poland' && first.endsWith('a')) last = last.replace(/ski$/, 'ska').replace(/cki$/, 'cka')
  const f = ascii(first), l = ascii(last)
  let email
  for (let attempt = 0; ; attempt++) {
    const style = randInt(0, 4)
    let local =
      style === 0 ? `${f}.${l}` : style === 1 ? `${f}${l}` : style === 2 ? `${f[0]}.${l}` : style === 3 ? `${l}.${f}` : `${f}_${l}`
    if (attempt > 0 || chance(0.25)) local += randInt(1, 99)
    email = `${local}@${pick(DOMAINS)}`
    if (!usedEmails.has(email.toLowerCase())) break
  }
  usedEmails.add(email.toLowerCase())
  return { full_name: `${first} ${last}`, email }
}
// signup month weights: growing, with a Nov/Dec and January bump
const signupMonths = []
for (let y = 2022, m = 1; y < 2025 || (y === 2025 && m <= 6); m === 12 ? ((m = 1), y++) : m++) {
  const i = signupMonths.length
  signupMonths.push({ y, m, w: (1 + 0.035 * i) * (m === 11 || m === 12 ? 1.3 : m === 1 ? 1.2 : 1) })
}
const custRaw = []
for (let i = 0; i < 594; i++) {
  const sm = pickWeighted(signupMonths, signupMonths.map((s) => s.w))
  const lastDay = new Date(Date.UTC(sm.y, sm.m, 0)).getUTCDate()
  const country = pickWeighted(COUNTRIES, COUNTRY_W)
  custRaw.push({ ...makePerson(country), country, signup: day(sm.y, sm.m, randInt(1, lastDay)), gen: i })
}
// duplicate accounts: same person registered again later with a differently-cased email
const dupSources = new Set()
while (dupSources.size < 6) {
  const c = pick(custRaw)
  if (c.signup < day(2024, 1, 1)) dupSources.add(c)
}
let g = 1000
for (const c of dupSources) {
  const [local, dom] = c.email.split('@')
  const parts = local.split(/([._])/)
  const cased = parts.map((s) => (s.length > 1 ? s[0].toUpperCase() + s.slice(1) : s.toUpperCase())).join('')
  const email = `${cased}@${dom}`
  custRaw.push({ full_name: c.full_name, email, country: c.country, signup: Math.min(END - 5, c.signup + randInt(60, 500)), gen: g++, dupOf: c })
}
custRaw.sort((a, b) => a.signup - b.signup || a.gen - b.gen)
const customers = custRaw.map((c, i) => ({ ...c, customer_id: i + 1 }))
// buying behaviour
for (const c of customers) {
  c.w = chance(0.08) ? 0 : Math.exp(normal() * 0.85)
  c.churn = chance(0.45) ? Infinity : c.signup + Math.round(-Math.log(1 - random()) * 520)
  c.returnFactor = chance(0.07) ? 3.5 : 0.8
  c.appBias = (random() - 0.5) * 0.5
  c.orders = 0
  c.referrals = 0
  c.refPropensity = Math.exp(normal() * 1.1)
}
// referrals (program starts 2022-04-01): referrer signed up strictly earlier
for (const c of customers) {
  c.referred_by = null
  if (c.dupOf || c.signup < day(2022, 4, 1) || !chance(0.24)) continue
  const cands = customers.filter((o) => o.signup < c.signup && !o.dupOf)
  if (!cands.length) continue
  const r = pickWeighted(cands, cands.map((o) => o.refPropensity * (o.referred_by ? 4 : 1)))
  c.referred_by = r.customer_id
  r.referrals++
}

// ================================================================= orders
const SEASON = [0.8, 0.78, 0.92, 1.0, 1.05, 1.05, 1.0, 0.95, 0.95, 1.05, 1.6, 1.85]
const SEASON_HOME = [1.0, 0.9, 0.9, 0.85, 0.8, 0.75, 0.75, 0.85, 1.0, 1.1, 1.4, 1.55]
const SEASON_OUT = [0.35, 0.45, 0.85, 1.35, 1.7, 1.8, 1.7, 1.3, 0.85, 0.5, 0.55, 0.7]
const HOURS = [0.3, 0.15, 0.1, 0.08, 0.08, 0.15, 0.4, 0.8, 1.1, 1.3, 1.4, 1.5, 1.7, 1.6, 1.4, 1.4, 1.5, 1.7, 2.1, 2.6, 2.8, 2.4, 1.6, 0.8]
const DOW_W = [1.15, 1.1, 1.0, 1.0, 0.95, 0.9, 0.85]
function blackFriday(y) {
  let d = day(y, 11, 1)
  while (dow(d) !== 4) d++
  return d + 22 // fourth Thursday + 1
}
const BF = new Set()
for (const y of [2023, 2024]) for (let k = 0; k < 4; k++) BF.add(blackFriday(y) + k)
const BASE = 47
const orderTimes = []
let mi = 0
for (let y = 2023, m = 1; y < 2025 || (y === 2025 && m <= 6); m === 12 ? ((m = 1), y++) : m++, mi++) {
  const n = Math.round(BASE * (1 + 0.026 * mi) * SEASON[m - 1] * (0.9 + 0.2 * random()))
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const days = [], ws = []
  for (let d = 1; d <= lastDay; d++) {
    const dd = day(y, m, d)
    let w = DOW_W[dow(dd)]
    if (BF.has(dd)) w *= 4
    if (m === 12 && d <= 18) w *= 1.3
    if (m === 12 && d >= 24 && d <= 26) w *= 0.4
    days.push(dd)
    ws.push(w)
  }
  for (let k = 0; k < n; k++) {
    const d = pickWeighted(days, ws)
    const h = pickWeighted([...HOURS.keys()], HOURS)
    orderTimes.push(d * 86400 + h * 3600 + randInt(0, 3599))
  }
}
orderTimes.sort((a, b) => a - b)
const TRANSIT = { Germany: [1, 2], Austria: [1, 3], Netherlands: [1, 3], France: [2, 4], Poland: [2, 4], Italy: [2, 5], Spain: [3, 5], Sweden: [2, 5], 'United Kingdom': [3, 7], Ireland: [3, 7] }
const LINES_DIST = [[1, 30], [2, 28], [3, 20], [4, 12], [5, 6], [6, 4]]
const orders = []
const items = []
let prevTs = -1
for (const ts0 of orderTimes) {
  const ts = ts0 <= prevTs ? prevTs + 1 : ts0 // unique timestamps
  prevTs = ts
  const d = Math.floor(ts / 86400)
  const [y, m, dd] = ymd(d)
  // customer
  const cands = [], cw = []
  for (const c of customers) {
    if (c.signup > d || c.w === 0 || d > c.churn) continue
    let w = c.w
    if (c.orders === 0 && d - c.signup <= 21) w *= 10
    cands.push(c)
    cw.push(w)
  }
  const cust = pickWeighted(cands, cw)
  const firstOrder = cust.orders === 0
  cust.orders++
  const progress = (d - ORDERS_FROM) / (END - ORDERS_FROM)
  const channel = chance(Math.min(0.9, Math.max(0.05, 0.22 + 0.25 * progress + cust.appBias))) ? 'app' : 'web'
  const ship_country = chance(0.94) ? cust.country : pick(COUNTRIES.filter((c) => c !== cust.country))
  const o = { customer: cust, customer_id: cust.customer_id, ts, channel, ship_country, lines: [] }
  orders.push(o)
  // discounts
  const bf = BF.has(d)
  const janSale = m === 1 && dd >= 2 && dd <= 14
  const welcome = firstOrder && chance(0.35)
  const coupon = chance(0.04)
  // lines
  const nLines = pickWeighted(LINES_DIST.map((x) => x[0]), LINES_DIST.map((x) => x[1]))
  const avail = products.filter((p) => p.launch <= d && !(p.discontinued && d >= p.stop))
  const aw = avail.map((p) => p.pop * (rootOf(p.category_id) === 2 ? SEASON_OUT[m - 1] : SEASON_HOME[m - 1]) * (bf && p.bundle ? 2 : 1))
  const chosen = []
  for (let k = 0; k < nLines; k++) {
    let p = null
    if (k > 0 && chance(0.5)) {
      const opts = [...new Set(chosen.flatMap((c) => partners.get(c)))].filter((q) => !chosen.includes(q) && avail.includes(q))
      if (opts.length) p = pick(opts)
    }
    if (!p) {
      for (let t = 0; t < 20 && (!p || chosen.includes(p)); t++) p = pickWeighted(avail, aw)
      if (chosen.includes(p)) continue
    }
    chosen.push(p)
  }
  chosen.forEach((p, k) => {
    let qty
    if (p.bundle) qty = chance(0.97) ? 1 : 2
    else if (MULTI_QTY.test(p.name)) qty = pick([1, 2, 2, 2, 3, 4, 4, 6])
    else qty = pickWeighted([1, 2, 3], [88, 10, 2])
    let disc = 0
    if (bf) disc = Math.max(disc, p.bundle ? 25 : 20)
    if (janSale && rootOf(p.category_id) === 1) disc = Math.max(disc, 15)
    if (welcome) disc = Math.max(disc, 10)
    if (coupon) disc = Math.max(disc, 5)
    const line = { order: o, order_id: null, line_no: k + 1, product: p, product_id: p.product_id, quantity: qty, unit_price: priceOn(p, d), discount_pct: disc }
    o.lines.push(line)
    items.push(line)
  })
}
orders.forEach((o, i) => (o.order_id = 1001 + i))
for (const l of items) l.order_id = l.order.order_id

// statuses, shipping, returns
const RETURN_RATE = { Rugs: 0.1, 'Outdoor Furniture': 0.08, Bedding: 0.07, Lighting: 0.07, 'Pillows & Duvets': 0.06, 'Power Tools': 0.06, Tents: 0.06, 'Cushions & Throws': 0.05, 'Wall Decor': 0.05, Tableware: 0.04 }
const REASONS = ['changed_mind', 'not_as_described', 'damaged', 'wrong_item', 'arrived_late', null]
const REASON_W = [30, 22, 20, 8, 8, 12]
const returns = []
for (const o of orders) {
  o.shipped = null
  o.delivered = null
  if (chance(0.035)) {
    o.status = 'cancelled'
    continue
  }
  let ship = o.ts + randInt(3 * 3600, 52 * 3600)
  if (dow(Math.floor(ship / 86400)) === 0) ship += 86400
  const [lo, hi] = TRANSIT[o.ship_country]
  const delDay = Math.floor(ship / 86400) + randInt(lo, hi) + (chance(0.05) ? randInt(2, 6) : 0)
  const deliv = delDay * 86400 + randInt(8 * 3600, 20 * 3600)
  if (ship > CUTOFF) {
    o.status = 'placed'
    continue
  }
  o.shipped = ship
  if (deliv > CUTOFF) {
    o.status = 'shipped'
    continue
  }
  o.delivered = deliv
  o.status = 'delivered'
  for (const l of o.lines) {
    const base = RETURN_RATE[catName.get(l.product.category_id)] ?? 0.025
    if (!chance(base * o.customer.returnFactor)) continue
    const reason = pickWeighted(REASONS, REASON_W)
    const rd = delDay + (reason === 'damaged' || reason === 'wrong_item' ? randInt(1, 7) : randInt(2, 28))
    if (rd > END) continue
    const qty = l.quantity > 1 && chance(0.4) ? randInt(1, l.quantity - 1) : l.quantity
    let refund = Math.round((qty * l.unit_price * (100 - l.discount_pct)) / 100)
    if (reason === 'changed_mind') refund = Math.round(refund * 0.9)
    returns.push({ order_id: o.order_id, product_id: l.product_id, quantity: qty, rd, reason, refund })
    o.status = 'returned'
  }
}
returns.sort((a, b) => a.rd - b.rd || a.order_id - b.order_id || a.product_id - b.product_id)
returns.forEach((r, i) => (r.return_id = i + 1))

// ================================================================= web events (website tracking, 2025-04-01 .. 2025-06-30)
const DEVICES = ['desktop', 'mobile', 'tablet']
const DEVICE_W = [45, 48, 7]
const usedSessions = new Set()
function sessionId() {
  for (;;) {
    let s = ''
    for (let i = 0; i < 12; i++) s += '0123456789abcdef'[randInt(0, 15)]
    if (!usedSessions.has(s)) {
      usedSessions.add(s)
      return s
    }
  }
}
const events = []
const webAvail = (d) => products.filter((p) => p.launch <= d && !(p.discontinued && d >= p.stop))
// purchase sessions: one per web order in the window
for (const o of orders) {
  if (o.channel !== 'web' || o.ts < WEB_FROM * 86400) continue
  const sid = sessionId()
  const device = pickWeighted(DEVICES, DEVICE_W)
  const loggedInFromStart = chance(0.75)
  const d = Math.floor(o.ts / 86400)
  const av = webAvail(d)
  const seq = [['page_view', null]]
  if (chance(0.4)) seq.push(['page_view', null])
  for (const l of o.lines) {
    if (chance(0.3)) seq.push(['product_view', pick(av)])
    seq.push(['product_view', l.product])
    if (chance(0.15)) seq.push(['product_view', l.product])
    seq.push(['add_to_cart', l.product])
  }
  seq.push(['checkout', null])
  const gaps = seq.map(() => randInt(8, 200))
  let t = o.ts - gaps.reduce((a, b) => a + b, 0)
  let loggedIn = loggedInFromStart
  seq.forEach(([type, p], i) => {
    if (type === 'checkout') loggedIn = true
    events.push({ session_id: sid, customer_id: loggedIn ? o.customer_id : null, device, event_type: type, product_id: p ? p.product_id : null, order_id: null, t })
    t += gaps[i]
  })
  events.push({ session_id: sid, customer_id: o.customer_id, device, event_type: 'purchase', product_id: null, order_id: o.order_id, t: o.ts })
}
// browsing sessions that do not buy
const winDays = []
for (let d = WEB_FROM; d <= END; d++) winDays.push(d)
for (let s = 0; s < 1150; s++) {
  const d = pickWeighted(winDays, winDays.map((x) => DOW_W[dow(x)]))
  let t = d * 86400 + pickWeighted([...HOURS.keys()], HOURS) * 3600 + randInt(0, 3599)
  const sid = sessionId()
  const device = pickWeighted(DEVICES, DEVICE_W)
  let cust = null
  if (chance(0.35)) {
    const cands = customers.filter((c) => c.signup <= d)
    cust = pickWeighted(cands, cands.map((c) => c.w + 0.3))
  }
  const av = webAvail(d)
  const avw = av.map((p) => p.pop * (rootOf(p.category_id) === 2 ? SEASON_OUT[ymd(d)[1] - 1] : 1))
  const push = (type, p) => {
    events.push({ session_id: sid, customer_id: cust ? cust.customer_id : null, device, event_type: type, product_id: p ? p.product_id : null, order_id: null, t })
    t += randInt(8, 220)
  }
  push('page_view', null)
  if (chance(0.22)) {
    if (chance(0.3)) push('page_view', null)
    continue
  }
  const nViews = pickWeighted([1, 2, 3, 4, 5, 6], [30, 25, 18, 12, 9, 6])
  let carted = false
  for (let k = 0; k < nViews; k++) {
    const p = pickWeighted(av, avw)
    push('product_view', p)
    if (chance(0.17)) {
      push('add_to_cart', p)
      carted = true
    }
    if (chance(0.1)) push('page_view', null)
  }
  if (carted && chance(0.32)) {
    if (!cust && chance(0.5)) {
      const cands = customers.filter((c) => c.signup <= d)
      cust = pick(cands) // logged in at checkout
    }
    push('checkout', null)
  }
}
// tracker double-fires: exact copies of ~1.5% of events
const dups = []
for (const e of events) if (chance(0.015)) dups.push({ ...e })
events.push(...dups)
events.sort((a, b) => a.t - b.t || (a.session_id < b.session_id ? -1 : a.session_id > b.session_id ? 1 : 0))
events.forEach((e, i) => (e.event_id = i + 1))

// ================================================================= write
writeCsv('customers', ['customer_id', 'full_name', 'email', 'country', 'signup_date', 'referred_by'],
  customers.map((c) => ({ ...c, signup_date: fmtDate(c.signup) })))
writeCsv('categories', ['category_id', 'name', 'parent_id'], CATEGORIES.map(([category_id, name, parent_id]) => ({ category_id, name, parent_id })))
writeCsv('products', ['product_id', 'sku', 'name', 'category_id', 'list_price', 'unit_cost', 'launched_on', 'discontinued'],
  products.map((p) => ({ ...p, list_price: cents(p.price), unit_cost: cents(p.cost), launched_on: fmtDate(p.launch), discontinued: !!p.discontinued })))
const bc = []
for (const p of products) if (p.bundle) for (const [c, q] of p.comps) bc.push({ bundle_product_id: p.product_id, component_product_id: c.product_id, quantity: q })
writeCsv('bundle_components', ['bundle_product_id', 'component_product_id', 'quantity'], bc)
writeCsv('orders', ['order_id', 'customer_id', 'ordered_at', 'status', 'channel', 'ship_country', 'shipped_at', 'delivered_at'],
  orders.map((o) => ({ ...o, ordered_at: fmtTs(o.ts), shipped_at: o.shipped && fmtTs(o.shipped), delivered_at: o.delivered && fmtTs(o.delivered) })))
writeCsv('order_items', ['order_id', 'line_no', 'product_id', 'quantity', 'unit_price', 'discount_pct'],
  items.map((l) => ({ ...l, unit_price: cents(l.unit_price), discount_pct: l.discount_pct + '.00' })))
writeCsv('returns', ['return_id', 'order_id', 'product_id', 'quantity', 'returned_on', 'reason', 'refund_amount'],
  returns.map((r) => ({ ...r, returned_on: fmtDate(r.rd), refund_amount: cents(r.refund) })))
writeCsv('web_events', ['event_id', 'session_id', 'customer_id', 'device', 'event_type', 'product_id', 'order_id', 'occurred_at'],
  events.map((e) => ({ ...e, occurred_at: fmtTs(e.t) })))
console.log(`customers ${customers.length}, products ${products.length}, orders ${orders.length}, items ${items.length}, returns ${returns.length}, events ${events.length}`)
