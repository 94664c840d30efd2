; torchsmt obligation sigmoid.jvp_eq_dual@3 (lemma, op sigmoid, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((3,),), off kinks
(set-info :source |torchsmt lemma sigmoid.jvp_eq_dual@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun div!1 () Real)
(declare-fun v0_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun ts_exp!1 () Real)
(declare-fun div!3 () Real)
(declare-fun v0_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun div!5 () Real)
(declare-fun v0_2 () Real)
(declare-fun x0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(assert
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (let (($x153 (and (distinct ?x150 0.0) true)))
 (=> $x153 (= 1.0 (* div!1 ?x150))))))
(assert
 (let ((?x31 (- (ite (> 0.0 x0_0) (- v0_0) v0_0))))
 (let ((?x155 (* ts_exp!0 ?x31)))
 (let ((?x156 (+ 0.0 ?x155)))
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (let (($x153 (and (distinct ?x150 0.0) true)))
 (=> $x153 (= (* div!2 ?x150) (- 0.0 (* div!1 ?x156))))))))))
(assert
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (let (($x165 (and (distinct ?x162 0.0) true)))
 (=> $x165 (= 1.0 (* div!3 ?x162))))))
(assert
 (let ((?x33 (- (ite (> 0.0 x0_1) (- v0_1) v0_1))))
 (let ((?x167 (* ts_exp!1 ?x33)))
 (let ((?x168 (+ 0.0 ?x167)))
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (let (($x165 (and (distinct ?x162 0.0) true)))
 (=> $x165 (= (* div!4 ?x162) (- 0.0 (* div!3 ?x168))))))))))
(assert
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (let (($x177 (and (distinct ?x174 0.0) true)))
 (=> $x177 (= 1.0 (* div!5 ?x174))))))
(assert
 (let ((?x35 (- (ite (> 0.0 x0_2) (- v0_2) v0_2))))
 (let ((?x179 (* ts_exp!2 ?x35)))
 (let ((?x180 (+ 0.0 ?x179)))
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (let (($x177 (and (distinct ?x174 0.0) true)))
 (=> $x177 (= (* div!6 ?x174) (- 0.0 (* div!5 ?x180))))))))))
(assert
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (let (($x153 (and (distinct ?x150 0.0) true)))
 (=> $x153 (= (* div!7 ?x150) ts_exp!0)))))
(assert
 (let ((?x31 (- (ite (> 0.0 x0_0) (- v0_0) v0_0))))
 (let ((?x155 (* ts_exp!0 ?x31)))
 (let ((?x156 (+ 0.0 ?x155)))
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (let (($x153 (and (distinct ?x150 0.0) true)))
 (=> $x153 (= (* div!8 ?x150) (- ?x155 (* div!7 ?x156))))))))))
(assert
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (let (($x165 (and (distinct ?x162 0.0) true)))
 (=> $x165 (= (* div!9 ?x162) ts_exp!1)))))
(assert
 (let ((?x33 (- (ite (> 0.0 x0_1) (- v0_1) v0_1))))
 (let ((?x167 (* ts_exp!1 ?x33)))
 (let ((?x168 (+ 0.0 ?x167)))
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (let (($x165 (and (distinct ?x162 0.0) true)))
 (=> $x165 (= (* div!10 ?x162) (- ?x167 (* div!9 ?x168))))))))))
(assert
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (let (($x177 (and (distinct ?x174 0.0) true)))
 (=> $x177 (= (* div!11 ?x174) ts_exp!2)))))
(assert
 (let ((?x35 (- (ite (> 0.0 x0_2) (- v0_2) v0_2))))
 (let ((?x179 (* ts_exp!2 ?x35)))
 (let ((?x180 (+ 0.0 ?x179)))
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (let (($x177 (and (distinct ?x174 0.0) true)))
 (=> $x177 (= (* div!12 ?x174) (- ?x179 (* div!11 ?x180))))))))))
(assert
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (and (distinct ?x150 0.0) true)))
(assert
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (and (distinct ?x150 0.0) true)))
(assert
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (and (distinct ?x162 0.0) true)))
(assert
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (and (distinct ?x162 0.0) true)))
(assert
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (and (distinct ?x174 0.0) true)))
(assert
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (and (distinct ?x174 0.0) true)))
(assert
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (and (distinct ?x150 0.0) true)))
(assert
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (and (distinct ?x150 0.0) true)))
(assert
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (and (distinct ?x162 0.0) true)))
(assert
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (and (distinct ?x162 0.0) true)))
(assert
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (and (distinct ?x174 0.0) true)))
(assert
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (and (distinct ?x174 0.0) true)))
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let (($x42 (<= 0.0 x0_0)))
 (let ((?x127 (ite $x42 div!1 div!7)))
 (let (($x142 (= (* v0_0 (* ?x127 (- 1.0 ?x127))) (ite $x42 div!2 div!8))))
 (not $x142)))))
(assert
 (let (($x212 (= ts_exp!0 ts_exp!1)))
 (let ((?x32 (- (ite (> 0.0 x0_1) (- x0_1) x0_1))))
 (let ((?x30 (- (ite (> 0.0 x0_0) (- x0_0) x0_0))))
 (=> (and (= ?x30 ?x32)) $x212)))))
(assert
 (let (($x216 (= ts_exp!0 ts_exp!2)))
 (let ((?x34 (- (ite (> 0.0 x0_2) (- x0_2) x0_2))))
 (let ((?x30 (- (ite (> 0.0 x0_0) (- x0_0) x0_0))))
 (=> (and (= ?x30 ?x34)) $x216)))))
(assert
 (let (($x220 (= ts_exp!1 ts_exp!2)))
(let ((?x34 (- (ite (> 0.0 x0_2) (- x0_2) x0_2))))
(let ((?x32 (- (ite (> 0.0 x0_1) (- x0_1) x0_1))))
(=> (and (= ?x32 ?x34)) $x220)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun div!1 () Real)
(declare-fun v0_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun ts_exp!1 () Real)
(declare-fun div!3 () Real)
(declare-fun v0_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun div!5 () Real)
(declare-fun v0_2 () Real)
(declare-fun x0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(assert
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (let (($x153 (and (distinct ?x150 0.0) true)))
 (=> $x153 (= 1.0 (* div!1 ?x150))))))
(assert
 (let ((?x31 (- (ite (> 0.0 x0_0) (- v0_0) v0_0))))
 (let ((?x155 (* ts_exp!0 ?x31)))
 (let ((?x156 (+ 0.0 ?x155)))
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (let (($x153 (and (distinct ?x150 0.0) true)))
 (=> $x153 (= (* div!2 ?x150) (- 0.0 (* div!1 ?x156))))))))))
(assert
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (let (($x165 (and (distinct ?x162 0.0) true)))
 (=> $x165 (= 1.0 (* div!3 ?x162))))))
(assert
 (let ((?x33 (- (ite (> 0.0 x0_1) (- v0_1) v0_1))))
 (let ((?x167 (* ts_exp!1 ?x33)))
 (let ((?x168 (+ 0.0 ?x167)))
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (let (($x165 (and (distinct ?x162 0.0) true)))
 (=> $x165 (= (* div!4 ?x162) (- 0.0 (* div!3 ?x168))))))))))
(assert
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (let (($x177 (and (distinct ?x174 0.0) true)))
 (=> $x177 (= 1.0 (* div!5 ?x174))))))
(assert
 (let ((?x35 (- (ite (> 0.0 x0_2) (- v0_2) v0_2))))
 (let ((?x179 (* ts_exp!2 ?x35)))
 (let ((?x180 (+ 0.0 ?x179)))
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (let (($x177 (and (distinct ?x174 0.0) true)))
 (=> $x177 (= (* div!6 ?x174) (- 0.0 (* div!5 ?x180))))))))))
(assert
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (let (($x153 (and (distinct ?x150 0.0) true)))
 (=> $x153 (= (* div!7 ?x150) ts_exp!0)))))
(assert
 (let ((?x31 (- (ite (> 0.0 x0_0) (- v0_0) v0_0))))
 (let ((?x155 (* ts_exp!0 ?x31)))
 (let ((?x156 (+ 0.0 ?x155)))
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (let (($x153 (and (distinct ?x150 0.0) true)))
 (=> $x153 (= (* div!8 ?x150) (- ?x155 (* div!7 ?x156))))))))))
(assert
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (let (($x165 (and (distinct ?x162 0.0) true)))
 (=> $x165 (= (* div!9 ?x162) ts_exp!1)))))
(assert
 (let ((?x33 (- (ite (> 0.0 x0_1) (- v0_1) v0_1))))
 (let ((?x167 (* ts_exp!1 ?x33)))
 (let ((?x168 (+ 0.0 ?x167)))
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (let (($x165 (and (distinct ?x162 0.0) true)))
 (=> $x165 (= (* div!10 ?x162) (- ?x167 (* div!9 ?x168))))))))))
(assert
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (let (($x177 (and (distinct ?x174 0.0) true)))
 (=> $x177 (= (* div!11 ?x174) ts_exp!2)))))
(assert
 (let ((?x35 (- (ite (> 0.0 x0_2) (- v0_2) v0_2))))
 (let ((?x179 (* ts_exp!2 ?x35)))
 (let ((?x180 (+ 0.0 ?x179)))
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (let (($x177 (and (distinct ?x174 0.0) true)))
 (=> $x177 (= (* div!12 ?x174) (- ?x179 (* div!11 ?x180))))))))))
(assert
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (and (distinct ?x150 0.0) true)))
(assert
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (and (distinct ?x150 0.0) true)))
(assert
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (and (distinct ?x162 0.0) true)))
(assert
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (and (distinct ?x162 0.0) true)))
(assert
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (and (distinct ?x174 0.0) true)))
(assert
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (and (distinct ?x174 0.0) true)))
(assert
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (and (distinct ?x150 0.0) true)))
(assert
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (and (distinct ?x150 0.0) true)))
(assert
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (and (distinct ?x162 0.0) true)))
(assert
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (and (distinct ?x162 0.0) true)))
(assert
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (and (distinct ?x174 0.0) true)))
(assert
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (and (distinct ?x174 0.0) true)))
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let (($x43 (<= 0.0 x0_1)))
 (let ((?x129 (ite $x43 div!3 div!9)))
 (let (($x143 (= (* v0_1 (* ?x129 (- 1.0 ?x129))) (ite $x43 div!4 div!10))))
 (not $x143)))))
(assert
 (let (($x212 (= ts_exp!0 ts_exp!1)))
 (let ((?x32 (- (ite (> 0.0 x0_1) (- x0_1) x0_1))))
 (let ((?x30 (- (ite (> 0.0 x0_0) (- x0_0) x0_0))))
 (=> (and (= ?x30 ?x32)) $x212)))))
(assert
 (let (($x216 (= ts_exp!0 ts_exp!2)))
 (let ((?x34 (- (ite (> 0.0 x0_2) (- x0_2) x0_2))))
 (let ((?x30 (- (ite (> 0.0 x0_0) (- x0_0) x0_0))))
 (=> (and (= ?x30 ?x34)) $x216)))))
(assert
 (let (($x220 (= ts_exp!1 ts_exp!2)))
(let ((?x34 (- (ite (> 0.0 x0_2) (- x0_2) x0_2))))
(let ((?x32 (- (ite (> 0.0 x0_1) (- x0_1) x0_1))))
(=> (and (= ?x32 ?x34)) $x220)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun div!1 () Real)
(declare-fun v0_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun ts_exp!1 () Real)
(declare-fun div!3 () Real)
(declare-fun v0_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun div!5 () Real)
(declare-fun v0_2 () Real)
(declare-fun x0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(assert
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (let (($x153 (and (distinct ?x150 0.0) true)))
 (=> $x153 (= 1.0 (* div!1 ?x150))))))
(assert
 (let ((?x31 (- (ite (> 0.0 x0_0) (- v0_0) v0_0))))
 (let ((?x155 (* ts_exp!0 ?x31)))
 (let ((?x156 (+ 0.0 ?x155)))
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (let (($x153 (and (distinct ?x150 0.0) true)))
 (=> $x153 (= (* div!2 ?x150) (- 0.0 (* div!1 ?x156))))))))))
(assert
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (let (($x165 (and (distinct ?x162 0.0) true)))
 (=> $x165 (= 1.0 (* div!3 ?x162))))))
(assert
 (let ((?x33 (- (ite (> 0.0 x0_1) (- v0_1) v0_1))))
 (let ((?x167 (* ts_exp!1 ?x33)))
 (let ((?x168 (+ 0.0 ?x167)))
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (let (($x165 (and (distinct ?x162 0.0) true)))
 (=> $x165 (= (* div!4 ?x162) (- 0.0 (* div!3 ?x168))))))))))
(assert
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (let (($x177 (and (distinct ?x174 0.0) true)))
 (=> $x177 (= 1.0 (* div!5 ?x174))))))
(assert
 (let ((?x35 (- (ite (> 0.0 x0_2) (- v0_2) v0_2))))
 (let ((?x179 (* ts_exp!2 ?x35)))
 (let ((?x180 (+ 0.0 ?x179)))
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (let (($x177 (and (distinct ?x174 0.0) true)))
 (=> $x177 (= (* div!6 ?x174) (- 0.0 (* div!5 ?x180))))))))))
(assert
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (let (($x153 (and (distinct ?x150 0.0) true)))
 (=> $x153 (= (* div!7 ?x150) ts_exp!0)))))
(assert
 (let ((?x31 (- (ite (> 0.0 x0_0) (- v0_0) v0_0))))
 (let ((?x155 (* ts_exp!0 ?x31)))
 (let ((?x156 (+ 0.0 ?x155)))
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (let (($x153 (and (distinct ?x150 0.0) true)))
 (=> $x153 (= (* div!8 ?x150) (- ?x155 (* div!7 ?x156))))))))))
(assert
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (let (($x165 (and (distinct ?x162 0.0) true)))
 (=> $x165 (= (* div!9 ?x162) ts_exp!1)))))
(assert
 (let ((?x33 (- (ite (> 0.0 x0_1) (- v0_1) v0_1))))
 (let ((?x167 (* ts_exp!1 ?x33)))
 (let ((?x168 (+ 0.0 ?x167)))
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (let (($x165 (and (distinct ?x162 0.0) true)))
 (=> $x165 (= (* div!10 ?x162) (- ?x167 (* div!9 ?x168))))))))))
(assert
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (let (($x177 (and (distinct ?x174 0.0) true)))
 (=> $x177 (= (* div!11 ?x174) ts_exp!2)))))
(assert
 (let ((?x35 (- (ite (> 0.0 x0_2) (- v0_2) v0_2))))
 (let ((?x179 (* ts_exp!2 ?x35)))
 (let ((?x180 (+ 0.0 ?x179)))
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (let (($x177 (and (distinct ?x174 0.0) true)))
 (=> $x177 (= (* div!12 ?x174) (- ?x179 (* div!11 ?x180))))))))))
(assert
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (and (distinct ?x150 0.0) true)))
(assert
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (and (distinct ?x150 0.0) true)))
(assert
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (and (distinct ?x162 0.0) true)))
(assert
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (and (distinct ?x162 0.0) true)))
(assert
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (and (distinct ?x174 0.0) true)))
(assert
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (and (distinct ?x174 0.0) true)))
(assert
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (and (distinct ?x150 0.0) true)))
(assert
 (let ((?x150 (+ 1.0 ts_exp!0)))
 (and (distinct ?x150 0.0) true)))
(assert
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (and (distinct ?x162 0.0) true)))
(assert
 (let ((?x162 (+ 1.0 ts_exp!1)))
 (and (distinct ?x162 0.0) true)))
(assert
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (and (distinct ?x174 0.0) true)))
(assert
 (let ((?x174 (+ 1.0 ts_exp!2)))
 (and (distinct ?x174 0.0) true)))
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let (($x44 (<= 0.0 x0_2)))
 (let ((?x131 (ite $x44 div!5 div!11)))
 (let (($x144 (= (* v0_2 (* ?x131 (- 1.0 ?x131))) (ite $x44 div!6 div!12))))
 (not $x144)))))
(assert
 (let (($x212 (= ts_exp!0 ts_exp!1)))
 (let ((?x32 (- (ite (> 0.0 x0_1) (- x0_1) x0_1))))
 (let ((?x30 (- (ite (> 0.0 x0_0) (- x0_0) x0_0))))
 (=> (and (= ?x30 ?x32)) $x212)))))
(assert
 (let (($x216 (= ts_exp!0 ts_exp!2)))
 (let ((?x34 (- (ite (> 0.0 x0_2) (- x0_2) x0_2))))
 (let ((?x30 (- (ite (> 0.0 x0_0) (- x0_0) x0_0))))
 (=> (and (= ?x30 ?x34)) $x216)))))
(assert
 (let (($x220 (= ts_exp!1 ts_exp!2)))
(let ((?x34 (- (ite (> 0.0 x0_2) (- x0_2) x0_2))))
(let ((?x32 (- (ite (> 0.0 x0_1) (- x0_1) x0_1))))
(=> (and (= ?x32 ?x34)) $x220)))))
(check-sat)
