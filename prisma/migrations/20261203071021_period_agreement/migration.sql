-- AlterTable
ALTER TABLE "Spesialiseringsperiode" ADD COLUMN     "agreedOn" DATE,
ADD COLUMN     "agreedWith" TEXT;

-- Issue 11 §5: every stored day lies in the product's range, so no page can crash on it.
ALTER TABLE "Spesialiseringsperiode" ADD CONSTRAINT "Spesialiseringsperiode_agreedOn_plausible_check" CHECK ("agreedOn" BETWEEN DATE '2000-01-01' AND DATE '2101-01-01');
