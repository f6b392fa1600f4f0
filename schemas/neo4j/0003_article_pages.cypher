// The `articles` listing reads one page of 100 by lookup: each article carries its
// sequence number (order of writing) and page = seq / 100; the last number given is kept
// on the one :Sequence node named 'article'.
CREATE INDEX article_page IF NOT EXISTS FOR (n:Article) ON (n.page);
CREATE CONSTRAINT sequence_name IF NOT EXISTS FOR (n:Sequence) REQUIRE n.name IS UNIQUE;
