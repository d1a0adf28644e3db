/* What both C contenders share: mapping the table read-only, timing, and the huge-page state of the mapping
   (FilePmdMapped and Rss of this process' mappings of the file, from /proc/self/smaps). */
#ifndef PEERS_COMMON_H
#define PEERS_COMMON_H

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void die(const char *what, const char *path) {
  fprintf(stderr, "%s '%s': %s\n", what, path, strerror(errno));
  exit(1);
}

static double now_seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Maps the whole file and checks that the header's records offset (field 32, docs/tables.md) is the one the script
   computed with MappedStructs, and that the records fit the file. */
static const unsigned char *map_table(const char *path, uint64_t records_offset, uint64_t count, size_t *length) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) die("cannot open", path);
  struct stat st;
  if (fstat(fd, &st) != 0) die("cannot stat", path);
  *length = (size_t)st.st_size;
  if (*length < 40 || records_offset + count * 32 > *length) {
    fprintf(stderr, "'%s': %zu bytes cannot hold %llu records at offset %llu\n", path, *length,
            (unsigned long long)count, (unsigned long long)records_offset);
    exit(1);
  }
  const unsigned char *base = mmap(NULL, *length, PROT_READ, MAP_SHARED, fd, 0);
  if (base == MAP_FAILED) die("cannot map", path);
  close(fd);
  uint64_t header_offset;
  memcpy(&header_offset, base + 32, sizeof header_offset);
  if (header_offset != records_offset) {
    fprintf(stderr, "'%s': header says records start at %llu, the script said %llu\n", path,
            (unsigned long long)header_offset, (unsigned long long)records_offset);
    exit(1);
  }
  return base;
}

static void print_mapping(const char *contender, const char *path) {
  char full[4096];
  if (realpath(path, full) == NULL) die("cannot resolve", path);
  FILE *smaps = fopen("/proc/self/smaps", "r");
  if (smaps == NULL) {
    printf("mapping %s n/a n/a 0\n", contender);
    return;
  }
  char line[8192];
  int in_file = 0, vmas = 0;
  long pmd = 0, rss = 0, value;
  while (fgets(line, sizeof line, smaps)) {
    unsigned long start, end;
    char rest[8192];
    if (sscanf(line, "%lx-%lx %8191[^\n]", &start, &end, rest) == 3 && strchr(line, ':') != NULL &&
        strchr(line, '-') < strchr(line, ' ')) {
      size_t n = strlen(line), m = strlen(full);
      while (n > 0 && line[n - 1] == '\n') line[--n] = 0;
      in_file = n >= m && strcmp(line + n - m, full) == 0;
      vmas += in_file;
    } else if (in_file && sscanf(line, "FilePmdMapped: %ld kB", &value) == 1) {
      pmd += value;
    } else if (in_file && sscanf(line, "Rss: %ld kB", &value) == 1) {
      rss += value;
    }
  }
  fclose(smaps);
  printf("mapping %s %ld %ld %d\n", contender, pmd, rss, vmas);
}

#endif
