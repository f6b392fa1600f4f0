"""Word lists the rules share: company cues, given names, legal suffixes, outlets."""

from __future__ import annotations

import re

LEGAL_SUFFIX = (
    r"Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Ltd\.?|Limited|LLC|L\.L\.C\.|PLC|plc|"
    r"GmbH|AG|S\.A\.|SA|N\.V\.|NV|B\.V\.|BV|K\.K\.|Pte\.? Ltd\.?|Pty\.? Ltd\.?|SE|Oyj|AB|ASA|"
    r"SpA|S\.p\.A\.|LLP|L\.L\.P\.|LP|L\.P\."
)
LEGAL_RE = re.compile(rf",?\s+(?:{LEGAL_SUFFIX})(?![\w])")

# Nouns that, written before or after a name, say the name is a company.
COMPANY_NOUNS = (
    "company|companies|firm|firms|startup|startups|start-up|start-ups|giant|giants|maker|makers|"
    "chipmaker|chipmakers|carmaker|carmakers|automaker|automakers|manufacturer|manufacturers|"
    "provider|providers|operator|operators|developer|developers|vendor|vendors|supplier|"
    "suppliers|retailer|retailers|conglomerate|conglomerates|unicorn|unicorns|rival|rivals|"
    "competitor|competitors|peer|peers|subsidiary|subsidiaries|spinoff|spin-off|lab|labs|"
    "outfit|investor|investors|backer|backers|fund|funds|bank|banks|insurer|operator|"
    "group|groups|brand|brands|player|players|specialist|incumbent|incumbents|"
    "service|services|platform|business|businesses|enterprise|corporation|telco|telcos|carrier|"
    "carriers|foundry|foundries|hyperscaler|hyperscalers|acquirer|owner|parent|designer|designers|"
    "lender|lenders|airline|airlines"
)
# Head words that end many company names: "Kestrel Labs", "Orvella Systems".
COMPANY_HEADS = {
    "Technologies", "Technology", "Systems", "Networks", "Labs", "Laboratories", "Semiconductor",
    "Semiconductors", "Software", "Robotics", "Motors", "Motor", "Electronics", "Electric",
    "Industries", "Ventures", "Capital", "Partners", "Holdings", "Group", "Communications",
    "Telecom", "Telecommunications", "Solutions", "Computing", "Analytics", "Energy",
    "Microsystems", "Devices", "Instruments", "Pharmaceuticals", "Therapeutics", "Bank",
    "Airlines", "Automotive", "Dynamics", "Interactive", "Studios", "Games", "Investments",
    "Management", "Securities", "Financial", "Data Centers", "Datacenters", "Cloud",
    "Infrastructure", "Biosciences", "Aerospace", "Mobility", "Digital", "Enterprises",
    "Microelectronics", "Photonics", "Machines", "Logistics", "Health", "Media", "AI",
}
# Words that look like names at the start of a capitalised run but are not.
NOT_NAMES = {
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "Their", "Our", "We", "I",
    "He", "She", "They", "In", "On", "At", "For", "With", "From", "By", "As", "And", "But", "Or",
    "If", "When", "While", "After", "Before", "Since", "Under", "Over", "According", "Last",
    "Next", "Earlier", "Later", "Today", "Yesterday", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
    "June", "July", "August", "September", "October", "November", "December", "CEO", "CFO",
    "CTO", "President", "Chief", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Prime",
    "Minister", "Secretary", "Chairman", "Founder", "Analyst", "Analysts", "Executive",
    "Vice", "Director", "Head", "Professor", "Both", "Each", "Some", "Many", "Most", "All",
    "Other", "Such", "Several", "One", "Two", "Three", "New", "Big", "Read", "More", "See",
    "Photo", "Image", "Source", "Update", "Editor", "Note", "Related", "Also", "Still", "Even",
    "However", "Meanwhile", "Instead", "Now", "Then", "Here", "There", "What", "Why", "How",
    "Who", "Which", "Where", "Yes", "No", "Not", "Like", "Unlike", "Despite", "Although",
    "Because", "Though", "Whether", "Just", "Only", "Already", "Currently", "Recently",
    "Internet", "Cloud", "AI", "Artificial", "Intelligence", "Data", "Government", "Congress",
    "Senate", "Parliament", "Commission", "European", "Union", "University", "State", "City",
    "Street", "Wall", "Silicon", "Valley", "North", "South", "East", "West", "Northern",
    "Southern", "Eastern", "Western", "Central", "Greater", "Bay", "Area", "Covid", "COVID",
    "Series", "Round", "Fund", "Group", "Inc", "Corp", "Ltd", "Co", "Company", "Technologies",
    "Information", "Machine", "Quantum", "Generative", "Conversational", "R&D",
    "Africa", "Asia", "Europe", "America", "Americas", "Antarctica", "Oceania", "Latin",
    "Middle", "Gulf", "Nordic", "Nordics", "Scandinavia", "Benelux", "APAC", "EMEA", "LATAM",
    "Languages", "Sources", "Topics", "Tags", "Share", "Comments", "Advertisement",
    "Sponsored", "Newsletter", "Subscribe", "Login", "Menu", "Search", "Home", "Video",
}
GIVEN_NAMES = set("""
Aaron Adam Adrian Alan Albert Alex Alexander Alexandra Alice Alison Amanda Amy Andrea Andrew
Andy Angela Ann Anna Anne Anthony Arvind Ashley Barbara Ben Benjamin Bill Bob Brad Brandon
Brian Bruce Carl Carlos Carol Catherine Charles Charlie Chris Christian Christine Christopher
Chuck Claire Craig Dan Daniel Danny Dave David Dean Deborah Dennis Diane Doug Douglas Ed Eddie
Edward Elizabeth Ellen Elon Emily Emma Eric Erik Eugene Frank Fred Gary George Gina Greg
Gregory Hans Harry Heather Helen Henry Ian Jack Jacob James Jamie Jane Janet Jason Jeff
Jeffrey Jen Jennifer Jensen Jeremy Jerry Jessica Jim Joe John Jon Jonathan Jordan Jose Joseph
Josh Joshua Julia Julie Justin Karen Kate Katherine Kathy Keith Kelly Ken Kevin Kim Kumar
Larry Laura Lauren Lee Lisa Liz Louis Lucy Luis Marc Marcus Maria Marie Mark Martin Mary
Masayoshi Matt Matthew Max Megan Melissa Michael Michelle Mike Mukesh Nadella Nancy Natalie
Nathan Neil Nick Nicholas Nicole Olivia Pat Patrick Paul Peter Phil Philip Rachel Raj Rajesh
Ralph Randy Ravi Ray Rebecca Reed Richard Rick Rob Robert Robin Roger Ron Ronald Rose Ross
Ruth Ryan Sam Samuel Sandra Sara Sarah Satya Scott Sean Sergey Sharon Sheryl Simon Stephanie
Stephen Steve Steven Sue Sundar Susan Tara Ted Terry Thomas Tim Timothy Todd Tom Tony Travis
Tyler Victor Vincent Walter Wayne Will William Yang Zach Jack Pony Robin Lei Jun Wei Li Jeff
Marissa Meg Ginni Lisa Pat Safra Arvind Aneel Vinod Reid Marc Ben Jony Jony Hock Morris
Abigail Alain Alberto Alejandro Alfred Ali Alicia Allison Amit Amin Ana Andreas Andrei Angel
Anil Anita Ashok Ashwini Audrey Barry Beth Betty Bernard Blake Bonnie Boris Brenda Brent
Brett Bryan Caitlin Cameron Carla Carlo Caroline Cathy Cecilia Chad Cheryl Chloe Christina
Cindy Claudia Clara Colin Connie Curtis Cynthia Darren Deepak Denise Derek Dharmendra Diana
Dirk Dmitry Donald Donna Dorothy Drew Dylan Eduardo Elena Eli Elijah Elliot Eva Evan Fatima
Felix Fernando Fiona Francesca Francis Francisco Gabriel Gabriela Gavin Geoffrey Gerald
Gilles Giovanni Glenn Gordon Graham Guillaume Hannah Harold Hassan Heidi Howard Igor Irene
Isaac Ivan Jacqueline Janice Jared Jasmine Javier Jay Jean Jenny Jesse Jill Joan Joanna Joel
Johan Jonas Joyce Juan Judith Judy Julian Julien Karl Katie Kai Kenneth Kyle Lars Leah Leo
Leonard Leslie Liam Linda Lindsay Lorenzo Luca Lucas Luke Manuel Marco Marcel Margaret Mario
Martha Marvin Matthias Maurice Melanie Mia Michel Miguel Ming Mohamed Mohammed Monica Nadia
Naomi Natasha Nikhil Nikolai Nina Noah Noel Norman Oliver Omar Oscar Owen Pablo Pamela Paula
Pedro Pierre Pradeep Prakash Priscilla Priya Rahul Rajiv Ramesh Raymond Renee Ricardo Rita
Roberto Rohit Roman Ronan Russell Sabrina Sally Sanjay Sasha Sebastian Sergio Shane Shawn
Sheila Shirley Sophia Sophie Stefan Stuart Sunil Suresh Sylvia Tamara Teresa Theresa Tiffany
Tina Tobias Tracy Trevor Uma Valerie Vanessa Vicky Vikram Vishal Vishaal Wendy Xavier Yann
Yuki Yusuf Zoe Ahti Janus
""".split())

# News outlets: named as sources ("told Reuters"), not as actors in the story.
NEWS_OUTLETS = {
    "Reuters", "Bloomberg", "Associated Press", "AP", "AFP", "CNBC", "CNN", "BBC", "VentureBeat",
    "WIRED", "Wired", "The Verge", "Verge", "TechCrunch", "The Guardian", "Guardian",
    "Financial Times", "FT", "Wall Street Journal", "WSJ", "The Wall Street Journal",
    "New York Times", "The New York Times", "NYT", "The Information", "Axios", "Nikkei",
    "MIT Technology Review", "Technology Review", "Business Insider", "Forbes", "Fortune",
    "The Economist", "Engadget", "Ars Technica", "ZDNet", "CNET", "GeekWire", "Recode",
    "The Register", "Data Center Dynamics", "DatacenterDynamics", "DCD", "Light Reading",
    "Fierce", "SiliconANGLE", "The Next Web", "Digitimes", "DigiTimes", "Yonhap", "Xinhua",
    "South China Morning Post", "SCMP", "Caixin", "Handelsblatt", "Les Echos", "Le Monde",
    "Bloomberg News", "Bloomberg Businessweek", "Dow Jones", "The Telegraph", "Times",
    "Condé Nast", "Conde Nast", "Politico", "Vox Media", "Guardian News & Media", "Gartner",
    "Forrester", "Forrester Research", "IDC", "Synergy Research Group", "Canalys",
    "Counterpoint Research", "TrendForce", "Omdia", "Moody's", "S&P Global", "PitchBook",
    "Crunchbase", "CB Insights", "Statista",
}

# Public bodies and events written as acronyms: named with companies, never companies.
INSTITUTIONS = {
    "NASA", "DARPA", "NHS", "WEF", "FDA", "FTC", "SEC", "FCC", "EU", "UN", "NATO", "WHO", "IMF",
    "OECD", "CERN", "NIH", "NSF", "DOE", "DoD", "DOD", "LLNL", "MIT", "CES", "MWC", "IEEE", "ISO",
    "IETF", "W3C", "ESA", "JAXA", "ISRO", "NIST", "CISA", "NSA", "CIA", "FBI", "GCHQ", "Ofcom",
    "CMA", "ECB", "BoE", "Fed", "USPTO", "WTO", "OPEC", "DHS", "GSA", "NOAA", "UC Berkeley",
}
