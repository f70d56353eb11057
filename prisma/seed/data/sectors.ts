// Sectors: the EU's 14 industrial ecosystems (no parent) and the finer themes
// the sources use below them. Placement of a theme under an ecosystem is an
// editorial choice; where it is not obvious the summary says why.
import type { SeedSector } from "../types";

const ecosystems: SeedSector[] = [
  { slug: "aerospace-defence", name: "Aerospace and defence", nameFr: "Aérospatiale et défense", summary: "EU industrial ecosystem: aeronautics, space and defence industries." },
  { slug: "agri-food", name: "Agri-food", nameFr: "Agroalimentaire", summary: "EU industrial ecosystem: agriculture, food and drink, and the land-based primary sector." },
  { slug: "construction", name: "Construction", nameFr: "Construction", summary: "EU industrial ecosystem: building, civil engineering and construction products." },
  { slug: "cultural-creative-industries", name: "Cultural and creative industries", nameFr: "Industries culturelles et créatives", summary: "EU industrial ecosystem: culture, heritage, media, design and the creative sectors." },
  { slug: "digital", name: "Digital", nameFr: "Numérique", synonyms: ["numérique", "tech"], summary: "EU industrial ecosystem: software, telecoms, digital services and the digital economy." },
  { slug: "electronics", name: "Electronics", nameFr: "Électronique", summary: "EU industrial ecosystem: electronic components, devices and equipment." },
  { slug: "energy-intensive-industries", name: "Energy-intensive industries", nameFr: "Industries à forte intensité énergétique", summary: "EU industrial ecosystem: chemicals, steel, cement, ceramics, glass, paper and similar process industries." },
  { slug: "renewable-energy", name: "Energy – renewables", nameFr: "Énergies renouvelables", summary: "EU industrial ecosystem: renewable energy and the supply of energy." },
  { slug: "health", name: "Health", nameFr: "Santé", summary: "EU industrial ecosystem: pharmaceuticals, medical devices, biotechnology and health services." },
  { slug: "mobility-transport-automotive", name: "Mobility, transport and automotive", nameFr: "Mobilité, transports et automobile", summary: "EU industrial ecosystem: vehicles, transport equipment and mobility services." },
  { slug: "proximity-social-economy", name: "Proximity, social economy and civil security", nameFr: "Proximité, économie sociale et sécurité civile", summary: "EU industrial ecosystem: local and social-economy enterprises, services of public interest and civil security." },
  { slug: "retail", name: "Retail", nameFr: "Commerce de détail", summary: "EU industrial ecosystem: retail and wholesale trade." },
  { slug: "textiles", name: "Textiles", nameFr: "Textile", summary: "EU industrial ecosystem: textiles, clothing, leather and footwear." },
  { slug: "tourism", name: "Tourism", nameFr: "Tourisme", synonyms: ["tourisme"], summary: "EU industrial ecosystem: travel, accommodation, events and visitor services." },
];

const themes: SeedSector[] = [
  { slug: "biotech", name: "Biotechnology", nameFr: "Biotechnologies", parent: "health", synonyms: ["biotechnology", "biotechnologies", "life sciences", "sciences de la vie"], summary: "Biotechnology and the life-science industry." },
  { slug: "medtech", name: "Medical technology", nameFr: "Technologies médicales", parent: "health", synonyms: ["medical devices", "matériel médical"], summary: "Medical devices and equipment." },
  { slug: "pharmaceuticals", name: "Pharmaceuticals", nameFr: "Médicaments", parent: "health", synonyms: ["drug development", "médicaments"], summary: "Medicines and drug development." },
  { slug: "smart-city", name: "Smart city", nameFr: "Ville intelligente", parent: "digital", synonyms: ["ville intelligente", "smart city"], summary: "Digital and networked urban services; placed under Digital rather than Construction because the sources present it as urban innovation." },
  { slug: "start-ups-innovation", name: "Start-ups and innovation", nameFr: "Start-up et innovation", parent: "digital", synonyms: ["startup", "start-up", "jeunes pousses", "innovation"], summary: "Start-ups, incubation and innovation ecosystems." },
  { slug: "iot", name: "Internet of things", nameFr: "Objets connectés", parent: "digital", synonyms: ["internet of things", "objets connectés", "IoT"], summary: "Connected devices and the networks serving them." },
  { slug: "digital-economy", name: "Digital economy", nameFr: "Économie numérique", parent: "digital", synonyms: ["économie digitale", "économie numérique", "digital economy"], summary: "The economy of digital products and services, as a policy field." },
  { slug: "sports-tech", name: "Sports technology", nameFr: "Technologies du sport", parent: "digital", synonyms: ["sport", "sports"], summary: "Digital products and services for sport and sporting events." },
  { slug: "mobile-apps", name: "Mobile applications", nameFr: "Applications mobiles", parent: "digital", synonyms: ["application mobile", "mobile app", "apps"], summary: "Applications for smartphones and tablets." },
  { slug: "fine-ceramics", name: "Fine ceramics and components", nameFr: "Céramique fine et composants", parent: "electronics", synonyms: ["fine ceramics", "céramique fine", "ceramic components"], summary: "Fine (technical) ceramics and the electronic components made from them." },
  { slug: "high-tech", name: "High tech", nameFr: "High-tech", parent: "electronics", synonyms: ["high tech", "high-tech", "consumer electronics"], summary: "Advanced electronics and technology products, as shown at trade fairs such as CEATEC." },
  { slug: "energy-utilities", name: "Energy and utilities", nameFr: "Énergie et services publics de réseau", parent: "renewable-energy", synonyms: ["utilities", "electricity distribution", "gas distribution", "water services"], summary: "Electricity, gas and water networks and services; placed under Energy – renewables, the EU ecosystem closest to energy supply, since no ecosystem covers utilities as such." },
  { slug: "forestry", name: "Forestry", nameFr: "Forêt et filière bois", parent: "agri-food", synonyms: ["forest", "forest utilization", "forêt", "bois"], summary: "Forests and their economic use; placed under Agri-food, the ecosystem that covers the land-based primary sector." },
  { slug: "culture-heritage", name: "Culture and heritage", nameFr: "Culture et patrimoine", parent: "cultural-creative-industries", synonyms: ["culture", "patrimoine", "heritage"], summary: "Culture, cultural heritage and traditions." },
  { slug: "higher-education-research", name: "Higher education and research", nameFr: "Enseignement supérieur et recherche", parent: "proximity-social-economy", synonyms: ["university", "université", "universities", "research", "recherche", "academia"], summary: "Universities and research institutions; none of the 14 EU ecosystems covers education, so it is placed under Proximity, social economy and civil security, the ecosystem for services of public interest." },
  { slug: "trade-investment", name: "Trade and investment promotion", nameFr: "Commerce extérieur et investissement", parent: "retail", synonyms: ["foreign trade", "commerce extérieur", "investment", "export", "import"], summary: "Export, import and inward-investment promotion; placed under Retail (the trade ecosystem) by editorial choice, as no EU ecosystem covers trade promotion as such." },
];

export const sectors: SeedSector[] = [...ecosystems, ...themes];
