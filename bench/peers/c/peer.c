/* The C contender: mmap and a struct pointer, built with gcc -O2 by run.sh.
   usage: peer TABLE INDICES RECORDS_OFFSET COUNT REPS */
#include "common.h"

struct trade {
  int64_t id;
  int64_t timestamp;
  double price;
  int64_t quantity;
};
_Static_assert(sizeof(struct trade) == 32, "the record is 32 bytes");

static double scan_price(const struct trade *records, uint64_t count) {
  double sum = 0;
  for (uint64_t i = 0; i < count; i++) sum += records[i].price;
  return sum;
}

static int64_t scan_quantity(const struct trade *records, uint64_t count) {
  int64_t sum = 0;
  for (uint64_t i = 0; i < count; i++) sum += records[i].quantity;
  return sum;
}

static double random_price(const struct trade *records, const uint64_t *indices, size_t lookups) {
  double sum = 0;
  for (size_t i = 0; i < lookups; i++) sum += records[indices[i]].price;
  return sum;
}

static uint64_t *read_indices(const char *path, uint64_t count, size_t *lookups) {
  FILE *file = fopen(path, "rb");
  if (file == NULL) die("cannot open", path);
  fseek(file, 0, SEEK_END);
  long bytes = ftell(file);
  fseek(file, 0, SEEK_SET);
  if (bytes <= 0 || bytes % 8 != 0) {
    fprintf(stderr, "'%s' is %ld bytes: not an array of int64\n", path, bytes);
    exit(1);
  }
  *lookups = (size_t)bytes / 8;
  uint64_t *indices = malloc((size_t)bytes);
  if (indices == NULL || fread(indices, 8, *lookups, file) != *lookups) die("cannot read", path);
  fclose(file);
  for (size_t i = 0; i < *lookups; i++) {
    if (indices[i] >= count) {
      fprintf(stderr, "'%s': index %llu outside %llu records\n", path, (unsigned long long)indices[i],
              (unsigned long long)count);
      exit(1);
    }
  }
  return indices;
}

int main(int argc, char **argv) {
  if (argc != 6) {
    fprintf(stderr, "usage: %s TABLE INDICES RECORDS_OFFSET COUNT REPS\n", argv[0]);
    return 2;
  }
  uint64_t records_offset = strtoull(argv[3], NULL, 10), count = strtoull(argv[4], NULL, 10);
  int reps = atoi(argv[5]);
  size_t length, lookups;
  uint64_t *indices = read_indices(argv[2], count, &lookups);
  const unsigned char *base = map_table(argv[1], records_offset, count, &length);
  const struct trade *records = (const struct trade *)(base + records_offset);

  double start = now_seconds();
  int64_t touched = 0;
  for (uint64_t i = 0; i < count; i += 4096 / 32) touched += records[i].id;
  printf("touch c %.6f %lld\n", now_seconds() - start, (long long)touched);

  for (int rep = 0; rep < reps; rep++) {
    start = now_seconds();
    double price = scan_price(records, count);
    printf("result c scan_price %d %.9f %.4f\n", rep, now_seconds() - start, price);
    start = now_seconds();
    int64_t quantity = scan_quantity(records, count);
    printf("result c scan_quantity %d %.9f %lld\n", rep, now_seconds() - start, (long long)quantity);
    start = now_seconds();
    double random = random_price(records, indices, lookups);
    printf("result c random_price %d %.9f %.4f\n", rep, now_seconds() - start, random);
  }
  print_mapping("c", argv[1]);
  return 0;
}
