-- CreateTable
CREATE TABLE "ThuiszitterCount" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "gemeenteId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "pupils" REAL NOT NULL,
    "source" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    CONSTRAINT "ThuiszitterCount_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ThuiszitterCount_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "NeedCategory" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ThuiszitterCount_categoryId_year_idx" ON "ThuiszitterCount"("categoryId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ThuiszitterCount_gemeenteId_categoryId_year_key" ON "ThuiszitterCount"("gemeenteId", "categoryId", "year");