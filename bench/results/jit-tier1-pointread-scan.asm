# Tier-1 JIT output of the point-read and scan loops (x64, .NET 10.0.12, AVX-512 EPYC)
# Captured with DOTNET_JitDisasm='RawPointer GeneratedSpanReadOnlyRef GeneratedViewReadOnlyRef GeneratedTableReadOnlyRef'
# on an in-process run of PointReadBenchmarks and ScanBenchmarks (bench/run-all.sh's --disasm pass produces the
# DisassemblyDiagnoser's equivalent, *-asm.md, in this folder).
; Assembly listing for method MappedStructs.Benchmarks.Workloads.PointReadBenchmarks:RawPointer():double:this (Tier1)
; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
; Tier1 code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; 2 inlinees with PGO data; 6 single block inlinees; 0 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       mov      rax, gword ptr [rdi+0x20]
       mov      rax, qword ptr [rax+0x18]
       vxorps   xmm0, xmm0, xmm0
       mov      rcx, gword ptr [rdi+0x18]
       mov      rdx, gword ptr [rcx+0x08]
       mov      rdi, rdx
       mov      esi, dword ptr [rcx+0x10]
       mov      r8d, esi
       test     rdi, rdi
       je       SHORT G_M000_IG06
       mov      r9d, dword ptr [rdi+0x08]
       mov      r10d, r8d
       add      r10, 0x10000
       cmp      r9, r10
       jb       SHORT G_M000_IG06
       lea      rdi, bword ptr [rdi+4*r8+0x10]
       add      esi, 0x10000
       mov      dword ptr [rcx+0x10], esi
       cmp      dword ptr [rdx+0x08], esi
       jne      SHORT G_M000_IG03
       xor      edx, edx
       mov      dword ptr [rcx+0x10], edx
 
G_M000_IG03:                ;; offset=0x0051
       xor      ecx, ecx
       mov      edx, 0x10000
       align    [8 bytes for IG04]
 
G_M000_IG04:                ;; offset=0x0060
       movsxd   rsi, dword ptr [rdi+rcx]
       shl      rsi, 5
       vaddsd   xmm0, xmm0, qword ptr [rsi+rax+0x10]
       add      rcx, 4
       dec      edx
       jne      SHORT G_M000_IG04
 
G_M000_IG05:                ;; offset=0x0076
       pop      rbp
       ret      
 
G_M000_IG06:                ;; offset=0x0078
       call     [System.ThrowHelper:ThrowArgumentOutOfRangeException()]
       int3     
 
; Total bytes of code 127


; Assembly listing for method MappedStructs.Benchmarks.Workloads.PointReadBenchmarks:GeneratedTableReadOnlyRef():double:this (Tier1)
; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
; Tier1 code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; 27 inlinees with PGO data; 32 single block inlinees; 9 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       push     r15
       push     r14
       push     r13
       push     r12
       push     rbx
       sub      rsp, 104
       lea      rbp, [rsp+0x90]
       xor      eax, eax
       mov      qword ptr [rbp-0x88], rax
       vxorps   xmm8, xmm8, xmm8
       vmovdqu32 zmmword ptr [rbp-0x80], zmm8
       mov      qword ptr [rbp-0x40], rax
 
G_M000_IG02:                ;; offset=0x002F
       mov      rbx, gword ptr [rdi+0x48]
       vxorps   xmm0, xmm0, xmm0
       vmovsd   qword ptr [rbp-0x30], xmm0
       mov      rdi, gword ptr [rdi+0x18]
       mov      rax, gword ptr [rdi+0x08]
       mov      rcx, rax
       mov      edx, dword ptr [rdi+0x10]
       mov      esi, edx
       test     rcx, rcx
       je       G_M000_IG09
       mov      r8d, dword ptr [rcx+0x08]
       mov      r9d, esi
       add      r9, 0x10000
       cmp      r8, r9
       jb       G_M000_IG09
       lea      r15, bword ptr [rcx+4*rsi+0x10]
       add      edx, 0x10000
       mov      dword ptr [rdi+0x10], edx
       cmp      dword ptr [rax+0x08], edx
       jne      SHORT G_M000_IG03
       xor      eax, eax
       mov      dword ptr [rdi+0x10], eax
 
G_M000_IG03:                ;; offset=0x0084
       xor      r14d, r14d
       mov      r13d, 0x10001
 
G_M000_IG04:                ;; offset=0x008D
       dec      r13d
       je       G_M000_IG07
 
G_M000_IG05:                ;; offset=0x0096
       mov      edi, dword ptr [r15+r14]
       mov      r12, gword ptr [rbx+0x08]
       movsxd   rax, edi
       mov      qword ptr [rbp-0x38], rax
       vxorps   ymm1, ymm1, ymm1
       vmovdqu  ymmword ptr [rbp-0x60], ymm1
       vmovdqu  xmmword ptr [rbp-0x48], xmm1
       cmp      rax, qword ptr [rbx+0x10]
       jae      G_M000_IG10
 
G_M000_IG06:                ;; offset=0x00BD
       mov      rdi, qword ptr [r12+0x28]
       add      rdi, qword ptr [r12+0x38]
       mov      r12d, dword ptr [r12+0x44]
       movsxd   rsi, r12d
       imul     rsi, qword ptr [rbp-0x38]
       add      rdi, rsi
       test     r12d, r12d
       jl       SHORT G_M000_IG09
       vxorps   ymm1, ymm1, ymm1
       vmovdqu  ymmword ptr [rbp-0x88], ymm1
       vmovdqu  xmmword ptr [rbp-0x70], xmm1
       mov      rsi, 0x7F2B770002C8
       mov      rsi, gword ptr [rsi]
       mov      eax, dword ptr [rsi+0x20]
       cmp      r12d, eax
       jl       G_M000_IG17
       mov      dword ptr [rbp-0x8C], eax
       cmp      eax, r12d
       ja       SHORT G_M000_IG09
       cmp      eax, 32
       jl       G_M000_IG26
       vmovsd   xmm0, qword ptr [rbp-0x30]
       vaddsd   xmm0, xmm0, qword ptr [rdi+0x10]
       add      r14, 4
       vmovsd   qword ptr [rbp-0x30], xmm0
       jmp      G_M000_IG04
 
G_M000_IG07:                ;; offset=0x0132
       vmovsd   xmm0, qword ptr [rbp-0x30]
 
G_M000_IG08:                ;; offset=0x0137
       vzeroupper 
       add      rsp, 104
       pop      rbx
       pop      r12
       pop      r13
       pop      r14
       pop      r15
       pop      rbp
       ret      
 
G_M000_IG09:                ;; offset=0x0149
       call     [System.ThrowHelper:ThrowArgumentOutOfRangeException()]
       int3     
 
G_M000_IG10:                ;; offset=0x0150
       mov      rdi, gword ptr [rbx+0x08]
       cmp      dword ptr [rdi], edi
       call     [MappedStructs.TableStorage:ReadCount():long:this]
       mov      qword ptr [rbx+0x10], rax
       mov      rdi, qword ptr [rbp-0x38]
       cmp      rdi, rax
       jb       G_M000_IG06
       mov      rdi, 0x7F37518494E8
       call     CORINFO_HELP_NEWSFAST
       mov      r15, rax
       mov      r14, qword ptr [rbp-0x38]
       mov      qword ptr [r15+0x08], r14
       lea      rdi, [rbp-0x60]
       mov      esi, 26
       mov      edx, 2
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:.ctor(int,int):this]
       mov      edi, dword ptr [rbp-0x50]
       cmp      edi, dword ptr [rbp-0x40]
       ja       SHORT G_M000_IG09
       mov      rsi, bword ptr [rbp-0x48]
       mov      eax, edi
       lea      rsi, bword ptr [rsi+2*rax]
       mov      eax, dword ptr [rbp-0x40]
       sub      eax, edi
       cmp      eax, 11
       jb       SHORT G_M000_IG11
       vmovups  xmm0, xmmword ptr [reloc @RWD00]
       vmovups  xmmword ptr [rsi], xmm0
       mov      dword ptr [rsi+0x10], 0x200065
       mov      word  ptr [rsi+0x14], 39
       mov      edi, dword ptr [rbp-0x50]
       add      edi, 11
       mov      dword ptr [rbp-0x50], edi
       jmp      SHORT G_M000_IG12
 
G_M000_IG11:                ;; offset=0x01DB
       lea      rdi, [rbp-0x60]
       mov      rsi, 0x7F374CC22718
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:GrowThenCopyString(System.String):this]
 
G_M000_IG12:                ;; offset=0x01EF
       mov      rdi, rbx
       call     [MappedStructs.MappedTable`1[MappedStructs.Benchmarks.Infrastructure.Trade]:get_Path():System.String:this]
       mov      rsi, rax
       lea      rdi, [rbp-0x60]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendFormatted(System.String):this]
       mov      edi, dword ptr [rbp-0x50]
       cmp      edi, dword ptr [rbp-0x40]
       ja       G_M000_IG09
       mov      rsi, bword ptr [rbp-0x48]
       mov      eax, edi
       lea      rsi, bword ptr [rsi+2*rax]
       mov      eax, dword ptr [rbp-0x40]
       sub      eax, edi
       cmp      eax, 6
       jb       SHORT G_M000_IG13
       mov      rdi, 0x61006800200027
       mov      qword ptr [rsi], rdi
       mov      dword ptr [rsi+0x08], 0x200073
       mov      edi, dword ptr [rbp-0x50]
       add      edi, 6
       mov      dword ptr [rbp-0x50], edi
       jmp      SHORT G_M000_IG14
 
G_M000_IG13:                ;; offset=0x0244
       lea      rdi, [rbp-0x60]
       mov      rsi, 0x7F374CC22748
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:GrowThenCopyString(System.String):this]
 
G_M000_IG14:                ;; offset=0x0258
       mov      rsi, qword ptr [rbx+0x10]
       lea      rdi, [rbp-0x60]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendFormatted[long](long):this]
       mov      edi, dword ptr [rbp-0x50]
       cmp      edi, dword ptr [rbp-0x40]
       ja       G_M000_IG09
       mov      rsi, bword ptr [rbp-0x48]
       mov      eax, edi
       lea      rsi, bword ptr [rsi+2*rax]
       mov      eax, dword ptr [rbp-0x40]
       sub      eax, edi
       cmp      eax, 9
       jb       SHORT G_M000_IG15
       vmovups  xmm0, xmmword ptr [reloc @RWD16]
       vmovups  xmmword ptr [rsi], xmm0
       mov      word  ptr [rsi+0x10], 46
       mov      edi, dword ptr [rbp-0x50]
       add      edi, 9
       mov      dword ptr [rbp-0x50], edi
       jmp      SHORT G_M000_IG16
 
G_M000_IG15:                ;; offset=0x02A3
       lea      rdi, [rbp-0x60]
       mov      rsi, 0x7F374CC22770
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:GrowThenCopyString(System.String):this]
 
G_M000_IG16:                ;; offset=0x02B7
       mov      rdi, 0x7F3751DC6CE0
       call     CORINFO_HELP_NEWSFAST
       mov      rbx, rax
       mov      edi, 397
       mov      rsi, 0x7F3751DB6B20
       call     [CORINFO_HELP_STRCNS]
       mov      r14, rax
       lea      rdi, [rbp-0x60]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:ToStringAndClear():System.String:this]
       mov      rcx, rax
       mov      rsi, r14
       mov      rdx, r15
       mov      rdi, rbx
       call     [System.ArgumentOutOfRangeException:.ctor(System.String,System.Object,System.String):this]
       mov      rdi, rbx
       call     CORINFO_HELP_THROW
       int3     
 
G_M000_IG17:                ;; offset=0x0306
       lea      rdi, [rbp-0x88]
       mov      esi, 38
       mov      edx, 3
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:.ctor(int,int):this]
       mov      edi, dword ptr [rbp-0x78]
       cmp      edi, dword ptr [rbp-0x68]
       ja       G_M000_IG09
       mov      rsi, bword ptr [rbp-0x70]
       mov      eax, edi
       lea      rsi, bword ptr [rsi+2*rax]
       mov      eax, dword ptr [rbp-0x68]
       sub      eax, edi
       cmp      eax, 2
       jb       SHORT G_M000_IG18
       mov      dword ptr [rsi], 0x200041
       mov      edi, dword ptr [rbp-0x78]
       add      edi, 2
       mov      dword ptr [rbp-0x78], edi
       jmp      SHORT G_M000_IG19
 
G_M000_IG18:                ;; offset=0x034E
       lea      rdi, [rbp-0x88]
       mov      rsi, 0x7F374CC22680
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:GrowThenCopyString(System.String):this]
 
G_M000_IG19:                ;; offset=0x0365
       mov      rsi, 0x7F2B770002C8
       mov      rsi, gword ptr [rsi]
       mov      rsi, gword ptr [rsi+0x08]
       lea      rdi, [rbp-0x88]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendFormatted(System.String):this]
       mov      edi, dword ptr [rbp-0x78]
       cmp      edi, dword ptr [rbp-0x68]
       ja       G_M000_IG09
       mov      rsi, bword ptr [rbp-0x70]
       mov      eax, edi
       lea      rsi, bword ptr [rsi+2*rax]
       mov      eax, dword ptr [rbp-0x68]
       sub      eax, edi
       cmp      eax, 14
       jb       SHORT G_M000_IG20
       vmovups  xmm0, xmmword ptr [reloc @RWD32]
       vmovups  xmmword ptr [rsi], xmm0
       mov      rdi, 0x6400650065006E
       mov      qword ptr [rsi+0x10], rdi
       mov      dword ptr [rsi+0x18], 0x200073
       mov      edi, dword ptr [rbp-0x78]
       add      edi, 14
       mov      dword ptr [rbp-0x78], edi
       jmp      SHORT G_M000_IG21
 
G_M000_IG20:                ;; offset=0x03CF
       lea      rdi, [rbp-0x88]
       mov      rsi, 0x7F374CC226A0
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:GrowThenCopyString(System.String):this]
 
G_M000_IG21:                ;; offset=0x03E6
       mov      rsi, 0x7F2B770002C8
       mov      rsi, gword ptr [rsi]
       mov      esi, dword ptr [rsi+0x20]
       lea      rdi, [rbp-0x88]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendFormatted[int](int):this]
       mov      edi, dword ptr [rbp-0x78]
       cmp      edi, dword ptr [rbp-0x68]
       ja       G_M000_IG09
       mov      rsi, bword ptr [rbp-0x70]
       mov      eax, edi
       lea      rsi, bword ptr [rsi+2*rax]
       mov      eax, dword ptr [rbp-0x68]
       sub      eax, edi
       cmp      eax, 21
       jb       SHORT G_M000_IG22
       vmovups  ymm0, ymmword ptr [reloc @RWD64]
       vmovups  ymmword ptr [rsi], ymm0
       mov      rdi, 0x73006100680020
       mov      qword ptr [rsi+0x20], rdi
       mov      word  ptr [rsi+0x28], 32
       mov      edi, dword ptr [rbp-0x78]
       add      edi, 21
       mov      dword ptr [rbp-0x78], edi
       jmp      SHORT G_M000_IG23
 
G_M000_IG22:                ;; offset=0x044E
       lea      rdi, [rbp-0x88]
       mov      rsi, 0x7F374CC226D8
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:GrowThenCopyString(System.String):this]
 
G_M000_IG23:                ;; offset=0x0465
       lea      rdi, [rbp-0x88]
       mov      esi, r12d
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendFormatted[int](int):this]
       mov      edi, dword ptr [rbp-0x78]
       cmp      edi, dword ptr [rbp-0x68]
       ja       G_M000_IG09
       mov      rsi, bword ptr [rbp-0x70]
       mov      eax, edi
       lea      rsi, bword ptr [rsi+2*rax]
       mov      eax, dword ptr [rbp-0x68]
       sub      eax, edi
       je       SHORT G_M000_IG24
       mov      word  ptr [rsi], 46
       mov      edi, dword ptr [rbp-0x78]
       inc      edi
       mov      dword ptr [rbp-0x78], edi
       jmp      SHORT G_M000_IG25
 
G_M000_IG24:                ;; offset=0x04A1
       lea      rdi, [rbp-0x88]
       mov      rsi, 0x7F374CC00A40
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:GrowThenCopyString(System.String):this]
 
G_M000_IG25:                ;; offset=0x04B8
       mov      rdi, 0x7F375186CD28
       call     CORINFO_HELP_NEWSFAST
       mov      rbx, rax
       lea      rdi, [rbp-0x88]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:ToStringAndClear():System.String:this]
       mov      r15, rax
       mov      edi, 0x436
       mov      rsi, 0x7F3751DB6B20
       call     [CORINFO_HELP_STRCNS]
       mov      rdx, rax
       mov      rsi, r15
       mov      rdi, rbx
       call     [System.ArgumentException:.ctor(System.String,System.String):this]
       mov      rdi, rbx
       call     CORINFO_HELP_THROW
       int3     
 
G_M000_IG26:                ;; offset=0x0507
       mov      edi, 0x143A
       mov      rsi, 0x7F3751931A30
       call     [CORINFO_HELP_STRCNS]
       mov      r12, rax
       mov      edi, 0xCAC
       mov      rsi, 0x7F3751931A30
       call     [CORINFO_HELP_STRCNS]
       mov      rcx, rax
       mov      rdi, r12
       mov      edx, dword ptr [rbp-0x8C]
       mov      esi, 32
       call     [MappedStructs.GeneratedLayoutSupport:ThrowTooShort(System.String,int,int,System.String)]
       int3     
 
RWD00  	dq	0020006500680054h, 006C006200610074h
RWD16  	dq	0063006500720020h, 007300640072006Fh
RWD32  	dq	0063006500720020h, 002000640072006Fh
RWD48  	dd	00000000h, 00000000h, 00000000h, 00000000h
RWD64  	dq	0074007900620020h, 0020003B00730065h, 0020006500680074h, 006E006100700073h

; Total bytes of code 1356


; Assembly listing for method MappedStructs.Benchmarks.Workloads.PointReadBenchmarks:GeneratedViewReadOnlyRef():double:this (Tier1)
; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
; Tier1 code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; 32 inlinees with PGO data; 28 single block inlinees; 13 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       push     r15
       push     r14
       push     r13
       push     r12
       push     rbx
       sub      rsp, 104
       lea      rbp, [rsp+0x90]
       vxorps   xmm8, xmm8, xmm8
       vmovdqu  ymmword ptr [rbp-0x60], ymm8
       xor      eax, eax
       mov      qword ptr [rbp-0x40], rax
 
G_M000_IG02:                ;; offset=0x0026
       mov      rbx, gword ptr [rdi+0x40]
       vxorps   xmm0, xmm0, xmm0
       vmovsd   qword ptr [rbp-0x30], xmm0
       mov      rsi, gword ptr [rdi+0x18]
       mov      rdi, gword ptr [rsi+0x08]
       mov      rax, rdi
       mov      ecx, dword ptr [rsi+0x10]
       mov      edx, ecx
       test     rax, rax
       je       G_M000_IG16
       mov      r8d, dword ptr [rax+0x08]
       mov      r9d, edx
       add      r9, 0x10000
       cmp      r8, r9
       jb       G_M000_IG16
       lea      r15, bword ptr [rax+4*rdx+0x10]
       add      ecx, 0x10000
       mov      dword ptr [rsi+0x10], ecx
       cmp      dword ptr [rdi+0x08], ecx
       jne      SHORT G_M000_IG03
       xor      edi, edi
       mov      dword ptr [rsi+0x10], edi
 
G_M000_IG03:                ;; offset=0x007B
       xor      r14d, r14d
       mov      r13d, 0x10001
       jmp      SHORT G_M000_IG06
 
G_M000_IG04:                ;; offset=0x0086
       mov      rsi, rax
       sub      rsi, r12
       cmp      rsi, 32
       jb       SHORT G_M000_IG08
 
G_M000_IG05:                ;; offset=0x0092
       add      r12, qword ptr [rbx+0x18]
       vmovsd   xmm0, qword ptr [rbp-0x30]
       vaddsd   xmm0, xmm0, qword ptr [r12+0x10]
       add      r14, 4
       vmovsd   qword ptr [rbp-0x30], xmm0
 
G_M000_IG06:                ;; offset=0x00AB
       dec      r13d
       je       G_M000_IG14
 
G_M000_IG07:                ;; offset=0x00B4
       mov      esi, dword ptr [r15+r14]
       test     rbx, rbx
       je       G_M000_IG20
       movsxd   r12, esi
       shl      r12, 5
       cmp      dword ptr [rbx+0x30], 0
       jne      G_M000_IG21
       mov      rax, qword ptr [rbx+0x20]
       cmp      r12, rax
       jbe      SHORT G_M000_IG04
 
G_M000_IG08:                ;; offset=0x00DB
       mov      qword ptr [rbp-0x38], rax
       mov      rsi, gword ptr [rbx+0x08]
       mov      rcx, gword ptr [rsi+0x20]
       mov      rsi, rcx
       mov      gword ptr [rbp-0x78], rsi
       test     rsi, rsi
       je       G_M000_IG18
       mov      ecx, dword ptr [rsi+0x08]
       mov      dword ptr [rbp-0x64], ecx
       test     ecx, ecx
       je       G_M000_IG17
       mov      edi, ecx
       add      rdi, 2
       cmp      rdi, 0x7FFFFFFF
       jg       G_M000_IG22
       movsxd   rsi, edi
       mov      rdi, 0x7F375185DD58
       call     System.String:FastAllocateString(ptr,nint):System.String
       mov      gword ptr [rbp-0x80], rax
       cmp      byte  ptr [rax], al
       lea      rdx, bword ptr [rax+0x0C]
       mov      word  ptr [rdx], 39
       mov      edx, dword ptr [rbp-0x64]
       add      rdx, rdx
       mov      rsi, gword ptr [rbp-0x78]
       add      rsi, 12
       lea      rdi, bword ptr [rax+0x0E]
       call     [System.SpanHelpers:Memmove(byref,byref,nuint)]
       mov      edi, dword ptr [rbp-0x64]
       inc      edi
       movsxd   rdi, edi
       mov      rax, gword ptr [rbp-0x80]
       lea      rdi, bword ptr [rax+2*rdi+0x0C]
       mov      word  ptr [rdi], 39
 
G_M000_IG09:                ;; offset=0x0167
       mov      rsi, rax
 
G_M000_IG10:                ;; offset=0x016A
       test     rsi, rsi
       je       SHORT G_M000_IG12
 
G_M000_IG11:                ;; offset=0x016F
       mov      gword ptr [rbp-0x70], rsi
       mov      ecx, dword ptr [rsi+0x08]
       mov      dword ptr [rbp-0x68], ecx
       test     ecx, ecx
       je       SHORT G_M000_IG12
       lea      edi, [rcx+0x0D]
       test     edi, edi
       jl       G_M000_IG22
       movsxd   rsi, edi
       mov      rdi, 0x7F375185DD58
       call     System.String:FastAllocateString(ptr,nint):System.String
       mov      gword ptr [rbp-0x90], rax
       cmp      byte  ptr [rax], al
       lea      rdx, bword ptr [rax+0x0C]
       vmovups  xmm0, xmmword ptr [reloc @RWD00]
       vmovups  xmmword ptr [rdx], xmm0
       mov      rsi, 0x66006F00200077
       mov      qword ptr [rdx+0x10], rsi
       mov      word  ptr [rdx+0x18], 32
       mov      edx, dword ptr [rbp-0x68]
       add      rdx, rdx
       mov      rsi, gword ptr [rbp-0x70]
       add      rsi, 12
       lea      rdi, bword ptr [rax+0x26]
       call     [System.SpanHelpers:Memmove(byref,byref,nuint)]
       mov      rax, gword ptr [rbp-0x90]
       jmp      SHORT G_M000_IG13
 
G_M000_IG12:                ;; offset=0x01E8
       mov      rcx, 0x7F374CC22798
       mov      gword ptr [rbp-0x88], rcx
       mov      rax, gword ptr [rbp-0x88]
 
G_M000_IG13:                ;; offset=0x0200
       vxorps   ymm1, ymm1, ymm1
       vmovdqu  ymmword ptr [rbp-0x60], ymm1
       vmovdqu  xmmword ptr [rbp-0x48], xmm1
       test     r12, r12
       jl       G_M000_IG23
       mov      rcx, qword ptr [rbp-0x38]
       cmp      r12, rcx
       jg       SHORT G_M000_IG19
       mov      rdx, rcx
       sub      rdx, r12
       cmp      rdx, 32
       mov      gword ptr [rbp-0x88], rax
       jge      G_M000_IG05
       jmp      G_M000_IG24
 
G_M000_IG14:                ;; offset=0x023C
       vmovsd   xmm0, qword ptr [rbp-0x30]
 
G_M000_IG15:                ;; offset=0x0241
       vzeroupper 
       add      rsp, 104
       pop      rbx
       pop      r12
       pop      r13
       pop      r14
       pop      r15
       pop      rbp
       ret      
 
G_M000_IG16:                ;; offset=0x0253
       call     [System.ThrowHelper:ThrowArgumentOutOfRangeException()]
       int3     
 
G_M000_IG17:                ;; offset=0x025A
       mov      rdi, 0x7F374CC02598
       mov      rsi, 0x7F374CC02598
       call     [System.String:Concat(System.String,System.String):System.String]
       jmp      G_M000_IG09
 
G_M000_IG18:                ;; offset=0x0279
       mov      rsi, 0x7F374CC025B0
       jmp      G_M000_IG10
 
G_M000_IG19:                ;; offset=0x0288
       mov      gword ptr [rbp-0x88], rax
       jmp      G_M000_IG24
 
G_M000_IG20:                ;; offset=0x0294
       mov      edi, 0x1E47
       mov      rsi, 0x7F3751931A30
       call     [CORINFO_HELP_STRCNS]
       mov      rdi, rax
       call     [System.ArgumentNullException:Throw(System.String)]
       int3     
 
G_M000_IG21:                ;; offset=0x02B3
       mov      rdi, gword ptr [rbx+0x08]
       mov      rdi, gword ptr [rdi+0x20]
       call     [MappedStructs.MappingErrors:ViewDisposed(System.String):System.ObjectDisposedException]
       mov      rdi, rax
       call     CORINFO_HELP_THROW
       int3     
 
G_M000_IG22:                ;; offset=0x02CA
       call     [System.ThrowHelper:ThrowOutOfMemoryException_StringTooLong()]
       int3     
 
G_M000_IG23:                ;; offset=0x02D1
       mov      gword ptr [rbp-0x88], rax
       mov      rdi, 0x7F37518494E8
       call     CORINFO_HELP_NEWSFAST
       mov      rbx, rax
       mov      qword ptr [rbx+0x08], r12
       mov      rdi, 0x7F3751DC6CE0
       call     CORINFO_HELP_NEWSFAST
       mov      r15, rax
       mov      edi, 0xBCF
       mov      rsi, 0x7F3751DB6B20
       call     [CORINFO_HELP_STRCNS]
       mov      r14, rax
       mov      edi, 0xBDD
       mov      rsi, 0x7F3751DB6B20
       call     [CORINFO_HELP_STRCNS]
       mov      r13, rax
       mov      edi, 0x9FE
       mov      rsi, 0x7F3751DB6B20
       call     [CORINFO_HELP_STRCNS]
       mov      rdx, rax
       mov      rdi, r13
       mov      rsi, gword ptr [rbp-0x88]
       call     [System.String:Concat(System.String,System.String,System.String):System.String]
       mov      rcx, rax
       mov      rsi, r14
       mov      rdx, rbx
       mov      rdi, r15
       call     [System.ArgumentOutOfRangeException:.ctor(System.String,System.Object,System.String):this]
       mov      rdi, r15
       call     CORINFO_HELP_THROW
       int3     
 
G_M000_IG24:                ;; offset=0x0373
       mov      rdi, 0x7F37518494E8
       call     CORINFO_HELP_NEWSFAST
       mov      rbx, rax
       mov      qword ptr [rbx+0x08], 32
       lea      rdi, [rbp-0x60]
       mov      esi, 75
       mov      edx, 4
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:.ctor(int,int):this]
       mov      edi, dword ptr [rbp-0x50]
       cmp      edi, dword ptr [rbp-0x40]
       ja       G_M000_IG16
       mov      rsi, bword ptr [rbp-0x48]
       mov      eax, edi
       lea      rsi, bword ptr [rsi+2*rax]
       mov      eax, dword ptr [rbp-0x40]
       sub      eax, edi
       cmp      eax, 20
       jb       SHORT G_M000_IG25
       vmovups  ymm0, ymmword ptr [reloc @RWD32]
       vmovups  ymmword ptr [rsi], ymm0
       mov      rdi, 0x20007400650073
       mov      qword ptr [rsi+0x20], rdi
       mov      edi, dword ptr [rbp-0x50]
       add      edi, 20
       mov      dword ptr [rbp-0x50], edi
       jmp      SHORT G_M000_IG26
 
G_M000_IG25:                ;; offset=0x03E6
       lea      rdi, [rbp-0x60]
       mov      rsi, 0x7F374CC1CE70
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:GrowThenCopyString(System.String):this]
 
G_M000_IG26:                ;; offset=0x03FA
       lea      rdi, [rbp-0x60]
       mov      rsi, r12
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendFormatted[long](long):this]
       mov      edi, dword ptr [rbp-0x50]
       cmp      edi, dword ptr [rbp-0x40]
       ja       G_M000_IG16
       mov      rsi, bword ptr [rbp-0x48]
       mov      eax, edi
       lea      rsi, bword ptr [rsi+2*rax]
       mov      eax, dword ptr [rbp-0x40]
       sub      eax, edi
       cmp      eax, 4
       jb       SHORT G_M000_IG27
       mov      rdi, 0x200066006F0020
       mov      qword ptr [rsi], rdi
       mov      edi, dword ptr [rbp-0x50]
       add      edi, 4
       mov      dword ptr [rbp-0x50], edi
       jmp      SHORT G_M000_IG28
 
G_M000_IG27:                ;; offset=0x043F
       lea      rdi, [rbp-0x60]
       mov      rsi, 0x7F374CC104A0
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:GrowThenCopyString(System.String):this]
 
G_M000_IG28:                ;; offset=0x0453
       lea      rdi, [rbp-0x60]
       mov      esi, 32
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendFormatted[long](long):this]
       mov      edi, dword ptr [rbp-0x50]
       cmp      edi, dword ptr [rbp-0x40]
       ja       G_M000_IG16
       mov      rsi, bword ptr [rbp-0x48]
       mov      eax, edi
       lea      rsi, bword ptr [rsi+2*rax]
       mov      eax, dword ptr [rbp-0x40]
       sub      eax, edi
       cmp      eax, 28
       jb       SHORT G_M000_IG29
       vmovups  ymm0, ymmword ptr [reloc @RWD64]
       vmovups  ymmword ptr [rsi], ymm0
       vmovups  xmm0, xmmword ptr [reloc @RWD96]
       vmovups  xmmword ptr [rsi+0x20], xmm0
       mov      rdi, 0x200066006F0020
       mov      qword ptr [rsi+0x30], rdi
       mov      edi, dword ptr [rbp-0x50]
       add      edi, 28
       mov      dword ptr [rbp-0x50], edi
       jmp      SHORT G_M000_IG30
 
G_M000_IG29:                ;; offset=0x04B4
       lea      rdi, [rbp-0x60]
       mov      rsi, 0x7F374CC1CEB0
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:GrowThenCopyString(System.String):this]
 
G_M000_IG30:                ;; offset=0x04C8
       lea      rdi, [rbp-0x60]
       mov      rsi, gword ptr [rbp-0x88]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendFormatted(System.String):this]
       mov      edi, dword ptr [rbp-0x50]
       cmp      edi, dword ptr [rbp-0x40]
       ja       G_M000_IG16
       mov      rsi, bword ptr [rbp-0x48]
       mov      eax, edi
       lea      rsi, bword ptr [rsi+2*rax]
       mov      eax, dword ptr [rbp-0x40]
       sub      eax, edi
       cmp      eax, 11
       jb       SHORT G_M000_IG31
       vmovups  xmm0, xmmword ptr [reloc @RWD112]
       vmovups  xmmword ptr [rsi], xmm0
       mov      dword ptr [rsi+0x10], 0x730069
       mov      word  ptr [rsi+0x14], 32
       mov      edi, dword ptr [rbp-0x50]
       add      edi, 11
       mov      dword ptr [rbp-0x50], edi
       jmp      SHORT G_M000_IG32
 
G_M000_IG31:                ;; offset=0x051D
       lea      rdi, [rbp-0x60]
       mov      rsi, 0x7F374CC1CF00
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:GrowThenCopyString(System.String):this]
 
G_M000_IG32:                ;; offset=0x0531
       lea      rdi, [rbp-0x60]
       mov      rsi, qword ptr [rbp-0x38]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendFormatted[long](long):this]
       mov      edi, dword ptr [rbp-0x50]
       cmp      edi, dword ptr [rbp-0x40]
       ja       G_M000_IG16
       mov      rsi, bword ptr [rbp-0x48]
       mov      eax, edi
       lea      rsi, bword ptr [rsi+2*rax]
       mov      eax, dword ptr [rbp-0x40]
       sub      eax, edi
       cmp      eax, 12
       jb       SHORT G_M000_IG33
       vmovups  xmm0, xmmword ptr [reloc @RWD128]
       vmovups  xmmword ptr [rsi], xmm0
       mov      rdi, 0x2E0067006E006F
       mov      qword ptr [rsi+0x10], rdi
       mov      edi, dword ptr [rbp-0x50]
       add      edi, 12
       mov      dword ptr [rbp-0x50], edi
       jmp      SHORT G_M000_IG34
 
G_M000_IG33:                ;; offset=0x0584
       lea      rdi, [rbp-0x60]
       mov      rsi, 0x7F374CC1CF30
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:GrowThenCopyString(System.String):this]
 
G_M000_IG34:                ;; offset=0x0598
       mov      rdi, 0x7F3751DC6CE0
       call     CORINFO_HELP_NEWSFAST
       mov      r12, rax
       mov      edi, 0xC21
       mov      rsi, 0x7F3751DB6B20
       call     [CORINFO_HELP_STRCNS]
       mov      r15, rax
       lea      rdi, [rbp-0x60]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:ToStringAndClear():System.String:this]
       mov      rcx, rax
       mov      rsi, r15
       mov      rdx, rbx
       mov      rdi, r12
       call     [System.ArgumentOutOfRangeException:.ctor(System.String,System.Object,System.String):this]
       mov      rdi, r12
       call     CORINFO_HELP_THROW
       int3     
 
RWD00  	dq	0073006900680074h, 0065006900760020h
RWD16  	dd	00000000h, 00000000h, 00000000h, 00000000h
RWD32  	dq	0020006500680054h, 0067006E00610072h, 0074006100200065h, 00660066006F0020h
RWD64  	dq	0074007900620020h, 0065002000730065h, 002000730064006Eh, 0074007300610070h
RWD96  	dq	0065006800740020h, 0064006E00650020h
RWD112 	dq	006800770020002Ch, 0020006800630069h
RWD128 	dq	0074007900620020h, 006C002000730065h

; Total bytes of code 1511


; Assembly listing for method MappedStructs.Benchmarks.Workloads.PointReadBenchmarks:GeneratedSpanReadOnlyRef():double:this (Tier1)
; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
; Tier1 code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; 5 inlinees with PGO data; 10 single block inlinees; 2 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       push     r15
       push     rbx
       lea      rbp, [rsp+0x10]
       mov      rbx, rdi
 
G_M000_IG02:                ;; offset=0x000C
       mov      rdi, gword ptr [rbx+0x40]
       cmp      dword ptr [rdi+0x30], 0
       jne      G_M000_IG06
       mov      r15, qword ptr [rdi+0x18]
       call     [MappedStructs.MappedView:CheckSpanLength():int:this]
       test     eax, eax
       jl       G_M000_IG07
       vxorps   xmm0, xmm0, xmm0
       mov      rdi, gword ptr [rbx+0x18]
       mov      rsi, gword ptr [rdi+0x08]
       mov      rcx, rsi
       mov      edx, dword ptr [rdi+0x10]
       mov      r8d, edx
       test     rcx, rcx
       je       SHORT G_M000_IG07
       mov      r9d, dword ptr [rcx+0x08]
       mov      r10d, r8d
       add      r10, 0x10000
       cmp      r9, r10
       jb       SHORT G_M000_IG07
       lea      rcx, bword ptr [rcx+4*r8+0x10]
       add      edx, 0x10000
       mov      dword ptr [rdi+0x10], edx
       cmp      dword ptr [rsi+0x08], edx
       jne      SHORT G_M000_IG03
       xor      esi, esi
       mov      dword ptr [rdi+0x10], esi
 
G_M000_IG03:                ;; offset=0x0075
       xor      edi, edi
       mov      esi, 0x10000
       align    [4 bytes for IG04]
 
G_M000_IG04:                ;; offset=0x0080
       mov      edx, dword ptr [rcx+rdi]
       shl      edx, 5
       cmp      edx, eax
       ja       SHORT G_M000_IG07
       mov      r8d, edx
       add      r8, r15
       mov      ebx, eax
       sub      ebx, edx
       cmp      ebx, 32
       jl       SHORT G_M000_IG08
       vaddsd   xmm0, xmm0, qword ptr [r8+0x10]
       add      rdi, 4
       dec      esi
       jne      SHORT G_M000_IG04
 
G_M000_IG05:                ;; offset=0x00A7
       pop      rbx
       pop      r15
       pop      rbp
       ret      
 
G_M000_IG06:                ;; offset=0x00AC
       mov      rdi, gword ptr [rdi+0x08]
       mov      rdi, gword ptr [rdi+0x20]
       call     [MappedStructs.MappingErrors:ViewDisposed(System.String):System.ObjectDisposedException]
       mov      rdi, rax
       call     CORINFO_HELP_THROW
       int3     
 
G_M000_IG07:                ;; offset=0x00C3
       call     [System.ThrowHelper:ThrowArgumentOutOfRangeException()]
       int3     
 
G_M000_IG08:                ;; offset=0x00CA
       mov      edi, 0x143A
       mov      rsi, 0x7F3751931A30
       call     [CORINFO_HELP_STRCNS]
       mov      r15, rax
       mov      edi, 0xCAC
       mov      rsi, 0x7F3751931A30
       call     [CORINFO_HELP_STRCNS]
       mov      rcx, rax
       mov      rdi, r15
       mov      edx, ebx
       mov      esi, 32
       call     [MappedStructs.GeneratedLayoutSupport:ThrowTooShort(System.String,int,int,System.String)]
       int3     
 
; Total bytes of code 267


; Assembly listing for method MappedStructs.Benchmarks.Workloads.ScanBenchmarks:RawPointer():long:this (Tier1)
; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
; Tier1 code
; optimized code
; optimized using Dynamic PGO
; rbp based frame
; fully interruptible
; with Dynamic PGO: fgCalledCount is 100
; 0 inlinees with PGO data; 6 single block inlinees; 0 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       mov      rax, gword ptr [rdi+0x20]
       mov      rcx, qword ptr [rax+0x18]
       lea      rdx, [rcx+0x18]
       add      rcx, qword ptr [rax+0x20]
       xor      eax, eax
       cmp      rdx, rcx
       jae      SHORT G_M000_IG04
       align    [5 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x0020
       add      rax, qword ptr [rdx]
       add      rdx, 32
       cmp      rdx, rcx
       jb       SHORT G_M000_IG03
 
G_M000_IG04:                ;; offset=0x002C
       pop      rbp
       ret      
 
; Total bytes of code 46


; Assembly listing for method MappedStructs.Benchmarks.Workloads.ScanBenchmarks:GeneratedTableReadOnlyRef():long:this (Tier1)
; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
; Tier1 code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; 17 inlinees with PGO data; 30 single block inlinees; 6 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       push     r15
       push     r14
       push     r13
       push     r12
       push     rbx
       sub      rsp, 40
       lea      rbp, [rsp+0x50]
       vxorps   xmm8, xmm8, xmm8
       vmovdqu  ymmword ptr [rbp-0x50], ymm8
       xor      eax, eax
       mov      qword ptr [rbp-0x30], rax
 
G_M000_IG02:                ;; offset=0x0023
       xor      ebx, ebx
       mov      r15, gword ptr [rdi+0x48]
       mov      rdi, gword ptr [r15+0x08]
       mov      r14, rdi
       cmp      byte  ptr [rdi+0x48], 0
       jne      G_M000_IG07
       mov      rsi, qword ptr [rdi+0x28]
       mov      r13, qword ptr [rsi+0x38]
       cmp      r13, qword ptr [rdi+0x30]
       ja       G_M000_IG08
 
G_M000_IG03:                ;; offset=0x004C
       mov      qword ptr [r15+0x10], r13
       mov      rdi, -1
       inc      rdi
       cmp      rdi, r13
       jge      SHORT G_M000_IG05
       align    [0 bytes for IG04]
 
G_M000_IG04:                ;; offset=0x0062
       mov      rsi, qword ptr [r14+0x28]
       add      rsi, qword ptr [r14+0x38]
       mov      r15d, dword ptr [r14+0x44]
       movsxd   rax, r15d
       imul     rax, rdi
       add      rsi, rax
       test     r15d, r15d
       jl       G_M000_IG18
       vxorps   ymm0, ymm0, ymm0
       vmovdqu  ymmword ptr [rbp-0x50], ymm0
       vmovdqu  xmmword ptr [rbp-0x38], xmm0
       mov      rax, 0x7F2B770002C8
       mov      rax, gword ptr [rax]
       mov      r12d, dword ptr [rax+0x20]
       cmp      r15d, r12d
       jl       SHORT G_M000_IG09
       cmp      r12d, r15d
       ja       G_M000_IG18
       cmp      r12d, 32
       jl       G_M000_IG19
       add      rbx, qword ptr [rsi+0x18]
       inc      rdi
       cmp      rdi, r13
       jl       SHORT G_M000_IG04
 
G_M000_IG05:                ;; offset=0x00C4
       mov      rax, rbx
 
G_M000_IG06:                ;; offset=0x00C7
       vzeroupper 
       add      rsp, 40
       pop      rbx
       pop      r12
       pop      r13
       pop      r14
       pop      r15
       pop      rbp
       ret      
 
G_M000_IG07:                ;; offset=0x00D9
       call     [System.ThrowHelper:ThrowObjectDisposedException(System.Object)]
       int3     
 
G_M000_IG08:                ;; offset=0x00E0
       mov      rsi, r13
       call     [MappedStructs.TableStorage:Refresh(long):this]
       jmp      G_M000_IG03
 
G_M000_IG09:                ;; offset=0x00EE
       lea      rdi, [rbp-0x50]
       mov      esi, 38
       mov      edx, 3
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:.ctor(int,int):this]
       mov      edi, dword ptr [rbp-0x40]
       cmp      edi, dword ptr [rbp-0x30]
       ja       G_M000_IG18
       mov      rsi, bword ptr [rbp-0x38]
       mov      eax, edi
       lea      rsi, bword ptr [rsi+2*rax]
       mov      eax, dword ptr [rbp-0x30]
       sub      eax, edi
       cmp      eax, 2
       jb       SHORT G_M000_IG10
       mov      dword ptr [rsi], 0x200041
       mov      edi, dword ptr [rbp-0x40]
       add      edi, 2
       mov      dword ptr [rbp-0x40], edi
       jmp      SHORT G_M000_IG11
 
G_M000_IG10:                ;; offset=0x0133
       lea      rdi, [rbp-0x50]
       mov      rsi, 0x7F374CC22680
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:GrowThenCopyString(System.String):this]
 
G_M000_IG11:                ;; offset=0x0147
       mov      rsi, 0x7F2B770002C8
       mov      rsi, gword ptr [rsi]
       mov      rsi, gword ptr [rsi+0x08]
       lea      rdi, [rbp-0x50]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendFormatted(System.String):this]
       mov      edi, dword ptr [rbp-0x40]
       cmp      edi, dword ptr [rbp-0x30]
       ja       G_M000_IG18
       mov      rsi, bword ptr [rbp-0x38]
       mov      eax, edi
       lea      rsi, bword ptr [rsi+2*rax]
       mov      eax, dword ptr [rbp-0x30]
       sub      eax, edi
       cmp      eax, 14
       jb       SHORT G_M000_IG12
       vmovups  xmm0, xmmword ptr [reloc @RWD00]
       vmovups  xmmword ptr [rsi], xmm0
       mov      rdi, 0x6400650065006E
       mov      qword ptr [rsi+0x10], rdi
       mov      dword ptr [rsi+0x18], 0x200073
       mov      edi, dword ptr [rbp-0x40]
       add      edi, 14
       mov      dword ptr [rbp-0x40], edi
       jmp      SHORT G_M000_IG13
 
G_M000_IG12:                ;; offset=0x01AE
       lea      rdi, [rbp-0x50]
       mov      rsi, 0x7F374CC226A0
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:GrowThenCopyString(System.String):this]
 
G_M000_IG13:                ;; offset=0x01C2
       mov      rsi, 0x7F2B770002C8
       mov      rsi, gword ptr [rsi]
       mov      esi, dword ptr [rsi+0x20]
       lea      rdi, [rbp-0x50]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendFormatted[int](int):this]
       mov      edi, dword ptr [rbp-0x40]
       cmp      edi, dword ptr [rbp-0x30]
       ja       G_M000_IG18
       mov      rsi, bword ptr [rbp-0x38]
       mov      eax, edi
       lea      rsi, bword ptr [rsi+2*rax]
       mov      eax, dword ptr [rbp-0x30]
       sub      eax, edi
       cmp      eax, 21
       jb       SHORT G_M000_IG14
       vmovups  ymm0, ymmword ptr [reloc @RWD32]
       vmovups  ymmword ptr [rsi], ymm0
       mov      rdi, 0x73006100680020
       mov      qword ptr [rsi+0x20], rdi
       mov      word  ptr [rsi+0x28], 32
       mov      edi, dword ptr [rbp-0x40]
       add      edi, 21
       mov      dword ptr [rbp-0x40], edi
       jmp      SHORT G_M000_IG15
 
G_M000_IG14:                ;; offset=0x0227
       lea      rdi, [rbp-0x50]
       mov      rsi, 0x7F374CC226D8
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:GrowThenCopyString(System.String):this]
 
G_M000_IG15:                ;; offset=0x023B
       lea      rdi, [rbp-0x50]
       mov      esi, r15d
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendFormatted[int](int):this]
       mov      edi, dword ptr [rbp-0x40]
       cmp      edi, dword ptr [rbp-0x30]
       ja       G_M000_IG18
       mov      rsi, bword ptr [rbp-0x38]
       mov      eax, edi
       lea      rsi, bword ptr [rsi+2*rax]
       mov      eax, dword ptr [rbp-0x30]
       sub      eax, edi
       je       SHORT G_M000_IG16
       mov      word  ptr [rsi], 46
       mov      edi, dword ptr [rbp-0x40]
       inc      edi
       mov      dword ptr [rbp-0x40], edi
       jmp      SHORT G_M000_IG17
 
G_M000_IG16:                ;; offset=0x0274
       lea      rdi, [rbp-0x50]
       mov      rsi, 0x7F374CC00A40
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:GrowThenCopyString(System.String):this]
 
G_M000_IG17:                ;; offset=0x0288
       mov      rdi, 0x7F375186CD28
       call     CORINFO_HELP_NEWSFAST
       mov      rbx, rax
       lea      rdi, [rbp-0x50]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:ToStringAndClear():System.String:this]
       mov      r15, rax
       mov      edi, 0x436
       mov      rsi, 0x7F3751DB6B20
       call     [CORINFO_HELP_STRCNS]
       mov      rdx, rax
       mov      rsi, r15
       mov      rdi, rbx
       call     [System.ArgumentException:.ctor(System.String,System.String):this]
       mov      rdi, rbx
       call     CORINFO_HELP_THROW
       int3     
 
G_M000_IG18:                ;; offset=0x02D4
       call     [System.ThrowHelper:ThrowArgumentOutOfRangeException()]
       int3     
 
G_M000_IG19:                ;; offset=0x02DB
       mov      edi, 0x143A
       mov      rsi, 0x7F3751931A30
       call     [CORINFO_HELP_STRCNS]
       mov      r15, rax
       mov      edi, 0xCAC
       mov      rsi, 0x7F3751931A30
       call     [CORINFO_HELP_STRCNS]
       mov      rcx, rax
       mov      rdi, r15
       mov      edx, r12d
       mov      esi, 32
       call     [MappedStructs.GeneratedLayoutSupport:ThrowTooShort(System.String,int,int,System.String)]
       int3     
 
RWD00  	dq	0063006500720020h, 002000640072006Fh
RWD16  	dd	00000000h, 00000000h, 00000000h, 00000000h
RWD32  	dq	0074007900620020h, 0020003B00730065h, 0020006500680074h, 006E006100700073h

; Total bytes of code 797


; Assembly listing for method MappedStructs.Benchmarks.Workloads.ScanBenchmarks:GeneratedSpanReadOnlyRef():long:this (Tier1)
; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
; Tier1 code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; 3 inlinees with PGO data; 6 single block inlinees; 2 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       push     r15
       push     rbx
       lea      rbp, [rsp+0x10]
 
G_M000_IG02:                ;; offset=0x0009
       mov      rdi, gword ptr [rdi+0x40]
       cmp      dword ptr [rdi+0x30], 0
       jne      SHORT G_M000_IG06
       mov      rbx, qword ptr [rdi+0x18]
       call     [MappedStructs.MappedView:CheckSpanLength():int:this]
       test     eax, eax
       jl       SHORT G_M000_IG07
       xor      ecx, ecx
       xor      edi, edi
       test     eax, eax
       jle      SHORT G_M000_IG04
       align    [7 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x0030
       cmp      edi, eax
       ja       SHORT G_M000_IG07
       mov      esi, edi
       add      rsi, rbx
       mov      r15d, eax
       sub      r15d, edi
       cmp      r15d, 32
       jl       SHORT G_M000_IG08
       add      rcx, qword ptr [rsi+0x18]
       add      edi, 32
       cmp      edi, eax
       jl       SHORT G_M000_IG03
 
G_M000_IG04:                ;; offset=0x0050
       mov      rax, rcx
 
G_M000_IG05:                ;; offset=0x0053
       pop      rbx
       pop      r15
       pop      rbp
       ret      
 
G_M000_IG06:                ;; offset=0x0058
       mov      rdi, gword ptr [rdi+0x08]
       mov      rdi, gword ptr [rdi+0x20]
       call     [MappedStructs.MappingErrors:ViewDisposed(System.String):System.ObjectDisposedException]
       mov      rdi, rax
       call     CORINFO_HELP_THROW
       int3     
 
G_M000_IG07:                ;; offset=0x006F
       call     [System.ThrowHelper:ThrowArgumentOutOfRangeException()]
       int3     
 
G_M000_IG08:                ;; offset=0x0076
       mov      edi, 0x143A
       mov      rsi, 0x7F3751931A30
       call     [CORINFO_HELP_STRCNS]
       mov      rbx, rax
       mov      edi, 0xCAC
       mov      rsi, 0x7F3751931A30
       call     [CORINFO_HELP_STRCNS]
       mov      rcx, rax
       mov      rdi, rbx
       mov      edx, r15d
       mov      esi, 32
       call     [MappedStructs.GeneratedLayoutSupport:ThrowTooShort(System.String,int,int,System.String)]
       int3     
 
; Total bytes of code 184

