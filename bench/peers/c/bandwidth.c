/* The read-bandwidth reference: a uint64 sum of every word of the records, built with gcc -O3 -march=native by run.sh
   (vectorized), so no per-record loop can beat it by more than noise.
   usage: bandwidth TABLE RECORDS_OFFSET COUNT REPS */
#include "common.h"

static uint64_t sum_words(const uint64_t *words, uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) sum += words[i];
  return sum;
}

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: %s TABLE RECORDS_OFFSET COUNT REPS\n", argv[0]);
    return 2;
  }
  uint64_t records_offset = strtoull(argv[2], NULL, 10), count = strtoull(argv[3], NULL, 10);
  int reps = atoi(argv[4]);
  size_t length;
  const unsigned char *base = map_table(argv[1], records_offset, count, &length);
  const uint64_t *words = (const uint64_t *)(base + records_offset);

  double start = now_seconds();
  uint64_t touched = 0;
  for (uint64_t i = 0; i < count * 4; i += 4096 / 8) touched += words[i];
  printf("touch c-bandwidth %.6f %llu\n", now_seconds() - start, (unsigned long long)touched);
  for (int rep = 0; rep < reps; rep++) {
    start = now_seconds();
    uint64_t sum = sum_words(words, count * 4);
    printf("result c-bandwidth scan_all_words %d %.9f %llu\n", rep, now_seconds() - start, (unsigned long long)sum);
  }
  print_mapping("c-bandwidth", argv[1]);
  return 0;
}
